import { Logger, type INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '#lib/config';
import { migrate } from '#lib/database';

/**
 * The start-up every entry point shares: validate the configuration (a bad value stops the process
 * with one line naming it), apply migrations under the migration lock, then start the app. Nest's
 * shutdown hooks drain the app on SIGTERM/SIGINT.
 */
export async function runMain(name: string, start: (config: AppConfig) => Promise<INestApplicationContext>): Promise<void> {
  const config = configOrExit(name);
  const logger = new Logger(name);
  try {
    await migrate({ connectionString: config.databaseUrl, log: (line) => logger.log(line) });
    await start(config);
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * The same start-up for a command that runs to completion (a CLI): configuration, migrations, then
 * `task`, whose result is the exit code. Its output stays on stdout; migration lines go to stderr.
 */
export async function runTask(name: string, task: (config: AppConfig) => Promise<number>): Promise<void> {
  const config = configOrExit(name);
  try {
    await migrate({ connectionString: config.databaseUrl, log: (line) => process.stderr.write(`${name}: ${line}\n`) });
    process.exitCode = await task(config);
  } catch (error) {
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

function configOrExit(name: string): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  }
}
