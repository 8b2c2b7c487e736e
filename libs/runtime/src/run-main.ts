import { Logger, type INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadSettings, type Settings } from '#lib/config';
import { migrate } from '#lib/database';
import { type RunningServers, startServers } from './servers.js';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * The start-up every entry point shares: validate the configuration (a bad value stops the process
 * with one line naming it), start or find the servers, apply migrations under the migration lock,
 * then start the app. On SIGTERM/SIGINT the app drains (Nest's shutdown hooks), then the servers
 * this process started stop, then the process ends as the signal would have ended it.
 */
export async function runMain(name: string, start: (config: AppConfig) => Promise<INestApplicationContext>): Promise<void> {
  const settings = settingsOrExit(name);
  const logger = new Logger(name);
  let servers: RunningServers | undefined;
  let app: INestApplicationContext | undefined;
  onShutdownSignal(async () => {
    // The same drain Nest's own signal handler runs (one shutdown, awaited by both).
    await app?.close();
    await servers?.stop();
  });
  try {
    servers = await startServers(settings.servers, (line) => logger.log(line));
    const config = settings.configure(servers);
    await migrate({ connectionString: config.databaseUrl, log: (line) => logger.log(line) });
    app = await start(config);
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${(error as Error).message}\n`);
    await servers?.stop().catch(() => {});
    process.exit(1);
  }
}

/**
 * The same start-up for a command that runs to completion (a CLI): configuration, servers,
 * migrations, then `task`, whose result is the exit code; then the servers it started stop. Its
 * output stays on stdout; start-up lines go to stderr.
 */
export async function runTask(name: string, task: (config: AppConfig) => Promise<number>): Promise<void> {
  const settings = settingsOrExit(name);
  let servers: RunningServers | undefined;
  const ignoreSignals = onShutdownSignal(async () => servers?.stop());
  const log = (line: string) => process.stderr.write(`${name}: ${line}\n`);
  try {
    servers = await startServers(settings.servers, log);
    const config = settings.configure(servers);
    await migrate({ connectionString: config.databaseUrl, log });
    process.exitCode = await task(config);
  } catch (error) {
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await servers?.stop();
    ignoreSignals();
  }
}

function settingsOrExit(name: string): Settings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  }
}

/**
 * On the first SIGTERM or SIGINT, runs `shutdown`, then ends the process as that signal would have.
 * Signals that arrive meanwhile are absorbed: among them the one Nest raises again once its own
 * handler has closed the app. Returns a function that removes the handler.
 */
function onShutdownSignal(shutdown: () => Promise<void>): () => void {
  let stopping = false;
  const remove = () => SHUTDOWN_SIGNALS.forEach((signal) => process.off(signal, handle));
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    shutdown()
      .catch((error: Error) => process.stderr.write(`shutdown: ${error.message}\n`))
      .finally(() => {
        remove();
        process.kill(process.pid, signal);
      });
  };
  SHUTDOWN_SIGNALS.forEach((signal) => process.on(signal, handle));
  return remove;
}
