import { Logger, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '#lib/config';
import { CoreModule } from '#lib/runtime';
import { ApiModule } from '../../api/src/api.module.js';
import { createApiApp } from '../../api/src/create-api-app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';

/** API and workers in one process, listening on `config.port`: `npm start` and `npm run demo` both run this. */
export async function startStanceline(config: AppConfig): Promise<{ app: NestFastifyApplication; url: string }> {
  @Module({ imports: [CoreModule.forRoot(config), ApiModule, WorkerModule] })
  class StancelineModule {}
  const app = await createApiApp(StancelineModule);
  await app.listen(config.port, '0.0.0.0');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  new Logger('stanceline').log(`listening on ${url} (API and workers)`);
  return { app, url };
}
