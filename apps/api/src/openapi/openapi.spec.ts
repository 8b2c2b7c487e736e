import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { givenApi } from '../../../../test/support/api.js';
import { ApiModule } from '../api.module.js';

const given = givenApi({ modules: [ApiModule] });

/** Every route the API module declares, as `METHOD /path/{param}`, read from the controllers' metadata. */
function declaredRoutes(): string[] {
  const routes: string[] = [];
  for (const controller of Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, ApiModule) as (new (...args: never[]) => object)[]) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, object>)[name];
      const method = typeof handler === 'function' ? Reflect.getMetadata(METHOD_METADATA, handler) : undefined;
      if (method === undefined) continue;
      const path = ['', base, String(Reflect.getMetadata(PATH_METADATA, handler))]
        .join('/')
        .replace(/\/+/g, '/')
        .replace(/\/$/, '')
        .replace(/:(\w+)/g, '{$1}');
      routes.push(`${RequestMethod[method]} ${path}`);
    }
  }
  return routes.sort();
}

describe('OpenAPI at /docs', () => {
  it('serves the Swagger UI and its assets', async () => {
    const page = await fetch(`${given.api.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('swagger-ui');
    const init = await fetch(`${given.api.url}/docs/swagger-ui-init.js`);
    expect(init.status).toBe(200);
    const css = await fetch(`${given.api.url}/docs/swagger-ui.css`);
    expect(css.status).toBe(200);
  });

  it('/docs-json lists every route the API serves, the contract’s among them', async () => {
    const { status, body } = await given.api.get('/docs-json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(declaredRoutes());
    expect(documented).toEqual(
      expect.arrayContaining([
        'POST /v1/articles',
        'GET /v1/articles/{id}',
        'POST /v1/articles/{id}/events/{eventId}/retraction',
        'POST /v1/articles/{id}/events/{eventId}/correction',
        'GET /v1/topics',
        'GET /v1/topics/{topic}',
        'GET /v1/topics/{topic}/stances',
        'GET /v1/topics/{topic}/stances/history',
        'GET /v1/topics/{topic}/events',
        'GET /v1/log',
        'GET /v1/projections',
        'GET /health',
      ]),
    );
  });

  it('describes each operation with a summary and an example of its success answer', async () => {
    const { body } = await given.api.get('/docs-json');
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, summary: operation.summary }).toEqual({ route: `${method} ${path}`, summary: expect.any(String) });
        const success = Object.entries(operation.responses).find(([code]) => code.startsWith('2'))?.[1] as any;
        expect({ route: `${method} ${path}`, example: (Object.values(success?.content ?? {})[0] as any)?.example }).toEqual({
          route: `${method} ${path}`,
          example: expect.anything(),
        });
      }
    }
  });

  it.each([
    ['/v1/topics/{topic}/stances', { topic: true, at: false, actor: false, question: false, knownAt: false, minPosition: false }],
    ['/v1/topics/{topic}/stances/history', { topic: true, actor: true, question: true, knownAt: false, minPosition: false }],
    ['/v1/topics/{topic}/events', { topic: true, from: false, to: false, actor: false, type: false, knownAt: false, minPosition: false, after: false, limit: false }],
    ['/v1/log', { after: false, limit: false }],
  ])('describes the parameters of GET %s, required or not', async (path, expected) => {
    const { body } = await given.api.get('/docs-json');
    const parameters = body.paths[path].get.parameters as { name: string; required: boolean; description?: string }[];
    expect(Object.fromEntries(parameters.map((p) => [p.name, p.required]))).toEqual(expected);
  });

  it('describes the bodies of the writes, and that they need an API key', async () => {
    const { body } = await given.api.get('/docs-json');
    const ingest = body.paths['/v1/articles'].post;
    expect(ingest.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['url', 'title', 'publishedAt']) });
    expect(Object.keys(ingest.requestBody.content['application/json'].examples)).toEqual(['text', 'curated']);
    expect(ingest.security).toEqual([{ bearer: [] }]);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
