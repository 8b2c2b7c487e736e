import { type DynamicModule, type Type, UnsupportedMediaTypeException } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponseFilter } from './http/error-response.filter.js';
import { setupOpenApi } from './openapi/openapi.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES });
}

/** The error filter, the OpenAPI docs and graceful shutdown, for any Nest application that serves the API. */
export function configureApiApp(app: NestFastifyApplication): NestFastifyApplication {
  app.useGlobalFilters(new ErrorResponseFilter(app.get(HttpAdapterHost)));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  setupOpenApi(app);
  // Once shutdown begins, answers still in flight close their connection: otherwise a keep-alive
  // socket that went idle after the drain started would hold the process open until it times out.
  const fastify = app.getHttpAdapter().getInstance();
  // Every request body is JSON. Fastify would parse text/plain and Nest form-urlencoded bodies,
  // which the DTO check would then meet as strings or look-alike objects: refuse them up front.
  fastify.addHook('onRequest', async (request) => {
    const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
    if (!hasBody) return;
    const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      throw new UnsupportedMediaTypeException(`content-type: must be application/json${type ? `, not ${type}` : ''}`);
    }
  });
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  return app;
}

/** A Fastify-backed Nest application for `root`, configured to serve the API. */
export async function createApiApp(root: Type | DynamicModule): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(root, createHttpAdapter(), { abortOnError: false });
  return configureApiApp(app);
}
