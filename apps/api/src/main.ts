import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { CoreModule, runMain } from '#lib/runtime';
import { ApiModule } from './api.module.js';
import { createApiApp } from './create-api-app.js';

/** The HTTP API alone: `npm run start:api`. */
await runMain('stanceline-api', async (config) => {
  @Module({ imports: [CoreModule.forRoot(config), ApiModule] })
  class ApiAppModule {}
  const app = await createApiApp(ApiAppModule);
  await app.listen(config.port, '0.0.0.0');
  // Nest reports "successfully started" before the port is open; this line says it is.
  new Logger('stanceline-api').log(`listening on port ${config.port}`);
  return app;
});
