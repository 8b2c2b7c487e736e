import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { CoreModule, runMain } from '#lib/runtime';
import { ApiModule } from '../../api/src/api.module.js';
import { createApiApp } from '../../api/src/create-api-app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';

/** API and workers in one process (`npm start`): the single-machine shape. */
await runMain('stanceline', async (config) => {
  @Module({ imports: [CoreModule.forRoot(config), ApiModule, WorkerModule] })
  class StancelineModule {}
  const app = await createApiApp(StancelineModule);
  await app.listen(config.port, '0.0.0.0');
  new Logger('stanceline').log(`listening on http://127.0.0.1:${config.port} (API and workers)`);
  return app;
});
