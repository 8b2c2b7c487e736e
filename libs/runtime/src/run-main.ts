import { Logger, type INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '#lib/config';
import { migrate } from '#lib/database';

/**
 * The start-up every entry point shares: validate the configuration (a bad value stops the process
 * with one line naming it), apply migrations under the migration lock, then start the app. Nest's
 * shutdown hooks drain the app on SIGTERM/SIGINT.
 */
export async function runMain(name: string, start: (config: AppConfig) => Promise<INestApplicationContext>): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  }
  const logger = new Logger(name);
  try {
    await migrate({ connectionString: config.databaseUrl, log: (line) => logger.log(line) });
    await start(config);
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
