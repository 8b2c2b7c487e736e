import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OPENAPI_SCHEMAS } from './schemas.js';

const DESCRIPTION = `Event-sourced news tracking: where each party to a dispute stands on each question, as of any date
and as the service knew it at any moment.

Reads are open; writes need \`Authorization: Bearer <api key>\`. Errors are \`{statusCode, error, message}\`
(plus \`field\` naming the parameter to blame). Stance reads take \`minPosition\` (the \`position\` a write
returned) to read your own write, and \`knownAt\` (an ISO timestamp or a log position) to answer as known then.`;

/** The OpenAPI description of every route: the UI at `/docs`, the document at `/docs-json`. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Stanceline')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'One of the API_KEYS; needed for writes only.' })
    .addTag('articles', 'Articles in, news events out; retractions and corrections are appended, never deletes.')
    .addTag('topics', 'The tracked disputes and their codebooks.')
    .addTag('stances', 'Where each party stood on each question, on any date, as known at any moment; the world timeline.')
    .addTag('log', 'The global event log, for outside consumers.')
    .addTag('operations', 'Health and projection lag.')
    .build();
  config.components = { ...config.components, schemas: { ...config.components?.schemas, ...OPENAPI_SCHEMAS } };
  // Built on first request, when every module's routes are known.
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
}
