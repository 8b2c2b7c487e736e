import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule, runMain } from '#lib/runtime';
import { WorkerModule } from './worker.module.js';

/** The BullMQ workers alone: `npm run start:worker`. Run as many as you like. */
await runMain('stanceline-worker', async (config) => {
  @Module({ imports: [CoreModule.forRoot(config), WorkerModule] })
  class WorkerAppModule {}
  const app = await NestFactory.createApplicationContext(WorkerAppModule, { abortOnError: false });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  new Logger('stanceline-worker').log('workers started');
  return app;
});
