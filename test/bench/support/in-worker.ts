import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Each measurement runs in a worker thread of its own: a fresh module graph, heap and JIT state, so
 * nothing one implementation sets globally leaks into the next. (Emmett's driver, for one, swaps
 * node-postgres' global type parsers for int8 and jsonb to BigInt-aware ones.)
 */

type WorkerReply<Output> = { ok: true; result: Output } | { ok: false; message: string; stack?: string };

/** Starts the worker module at `entry` with `input` and resolves with what its task returned. */
export function runInWorker<Input, Output>(entry: URL, input: Input): Promise<Output> {
  return new Promise<Output>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: input });
    let settled = false;
    worker.once('message', (reply: WorkerReply<Output>) => {
      settled = true;
      if (reply.ok) {
        resolve(reply.result);
      } else {
        const error = new Error(reply.message);
        if (reply.stack !== undefined) error.stack = reply.stack;
        reject(error);
      }
      // The task closed its pools before replying; terminating covers anything a library left open.
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`bench worker exited with code ${code} before replying`));
    });
  });
}

/** Called at the top level of a worker module: runs `task` on the input and replies once. */
export function serveWorker<Input, Output>(task: (input: Input) => Promise<Output>): void {
  if (isMainThread || parentPort === null) throw new Error('serveWorker must run in a worker thread');
  const port = parentPort;
  task(workerData as Input).then(
    (result) => port.postMessage({ ok: true, result } satisfies WorkerReply<Output>),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ ok: false, message: e.message, stack: e.stack } satisfies WorkerReply<Output>);
    },
  );
}
