import { type DynamicModule, type Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponseFilter } from './http/error-response.filter.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES });
}

/** The error filter and graceful shutdown, for any Nest application that serves the API. */
export function configureApiApp(app: NestFastifyApplication): NestFastifyApplication {
  app.useGlobalFilters(new ErrorResponseFilter(app.get(HttpAdapterHost)));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/** A Fastify-backed Nest application for `root`, configured to serve the API. */
export async function createApiApp(root: Type | DynamicModule): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(root, createHttpAdapter(), { abortOnError: false });
  return configureApiApp(app);
}
