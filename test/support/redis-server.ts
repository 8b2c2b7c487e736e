import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './process.js';

/**
 * A private redis-server on a port of its own, owned by the test: no persistence, so a restart
 * starts empty, as a Redis without AOF/RDB (or a failover to an empty replica) does.
 */
export interface RedisServer {
  port: number;
  url: string;
  /** Starts it (again, on the same port); resolves once it accepts connections. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown, no save. Resolves once the process is gone. */
  kill(): Promise<void>;
  running(): boolean;
}

export async function redisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async start() {
      if (server.running()) throw new Error(`redis-server on ${port} is already running`);
      const proc = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      exited = new Promise((resolve) => proc.once('exit', () => resolve()));
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`redis-server on ${port} did not start:\n${output}`)), 10_000);
        const done = (error?: Error) => {
          clearTimeout(timer);
          proc.stdout!.off('data', onData);
          proc.off('exit', onExit);
          if (error) reject(error);
          else resolve();
        };
        const onData = (chunk: Buffer) => {
          output += chunk;
          if (/Ready to accept connections/.test(output)) done();
        };
        const onExit = () => done(new Error(`redis-server on ${port} exited at start:\n${output}`));
        proc.stdout!.on('data', onData);
        proc.stderr!.on('data', (chunk: Buffer) => (output += chunk));
        proc.once('exit', onExit);
      });
      proc.stdout!.resume();
      proc.stderr!.resume();
    },
    async kill() {
      if (server.running()) child!.kill('SIGKILL');
      await exited;
    },
  };
  return server;
}
