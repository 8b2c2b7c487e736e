import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendSuite } from './append.bench.js';
import { extractionSuite } from './extraction.bench.js';
import { ingestSuite } from './ingest.bench.js';
import { projectionsSuite } from './projections.bench.js';
import { type Note, type Report, type Row, suiteSection, writeReport } from './report.js';
import { timingFor, type Suite, type SuiteContext } from './suite.js';
import { BenchDatabase } from './support/bench-database.js';
import { type BenchMode, type BenchServers, externalServers, MODES, startEmbeddedServers } from './support/bench-servers.js';
import { webhooksSuite } from './webhooks.bench.js';

/** To add a suite: import it and list it here. */
const SUITES: readonly Suite[] = [appendSuite, extractionSuite, ingestSuite, projectionsSuite, webhooksSuite];

/** This file runs from dist/test/bench/; results go to test/bench/results/ in the source tree. */
const RESULTS_DIRECTORY = fileURLToPath(new URL('../../../test/bench/results/', import.meta.url));

const USAGE =
  `usage: npm run bench -- [--smoke] [--only <suite>] [--modes external,embedded]; suites: ${SUITES.map((s) => s.name).join(', ')}; ` +
  `in both modes (the default): ${SUITES.filter((s) => modesOf(s).length > 1).map((s) => s.name).join(', ')}, the others external only`;

class UsageError extends Error {}

/** Set on SIGINT/SIGTERM: what fails afterwards (the servers going away under a suite) is no news. */
let interrupted = false;

interface Options {
  smoke: boolean;
  /** Each selected suite with the modes it runs in, in the order asked. */
  plan: { suite: Suite; modes: BenchMode[] }[];
}

function parseOptions(): Options {
  let values: { smoke: boolean; only?: string; modes: string };
  try {
    ({ values } = parseArgs({
      options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' }, modes: { type: 'string', default: MODES.join(',') } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const modes = [...new Set(values.modes.split(',').map((mode) => mode.trim()).filter((mode) => mode !== ''))];
  const unknown = modes.filter((mode) => !(MODES as readonly string[]).includes(mode));
  if (unknown.length > 0 || modes.length === 0) {
    throw new UsageError(`--modes takes ${MODES.join(' and/or ')}, comma-separated${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`);
  }
  const suites = values.only === undefined ? SUITES : SUITES.filter((suite) => suite.name === values.only);
  if (suites.length === 0) throw new UsageError(`no suite named ${values.only}`);
  const planned = suites.map((suite) => ({ suite, modes: (modes as BenchMode[]).filter((mode) => modesOf(suite).includes(mode)) }));
  const plan = planned.filter((entry) => entry.modes.length > 0);
  const skipped = planned.filter((entry) => entry.modes.length === 0).map((entry) => entry.suite.name);
  if (plan.length === 0) throw new UsageError(`${skipped.join(', ')} run${skipped.length === 1 ? 's' : ''} in external mode only`);
  if (skipped.length > 0) process.stderr.write(`skipped (external mode only): ${skipped.join(', ')}\n`);
  return { smoke: values.smoke, plan };
}

function modesOf(suite: Suite): readonly BenchMode[] {
  return suite.modes ?? ['external'];
}

async function main(): Promise<void> {
  const { smoke, plan } = parseOptions();

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const startedAt = new Date();
  const rows: Row[] = [];
  const notes: Note[] = [];
  const versions = new Map<BenchMode, string>();
  // One external database for the whole run, opened when a suite first needs it.
  let externalDb: BenchDatabase | undefined;
  // The embedded servers of the suite running now (or starting): stopped on Ctrl-C too, not only in `finally`.
  let embedded: Promise<BenchServers> | undefined;
  const stopOnSignal = onSignal(async () => {
    await (await embedded?.catch(() => undefined))?.close();
  });
  try {
    for (const { suite, modes } of plan) {
      for (const mode of modes) {
        const started = performance.now();
        let servers: BenchServers;
        if (mode === 'external') {
          if (externalDb === undefined) {
            externalDb = await BenchDatabase.open();
            const leftovers = await externalDb.dropLeftovers();
            if (leftovers.length > 0) log(`dropped ${leftovers.length} schema(s) left by an earlier run`);
          }
          servers = externalServers(externalDb);
        } else {
          embedded = startEmbeddedServers(log);
          servers = await embedded;
        }
        try {
          if (!versions.has(mode)) versions.set(mode, await servers.db.serverVersion());
          const label = [smoke ? 'smoke' : undefined, modesOf(suite).length > 1 ? mode : undefined].filter(Boolean).join(', ');
          log(`suite ${suite.name}${label === '' ? '' : ` (${label})`}`);
          const context: SuiteContext = {
            smoke,
            mode,
            db: servers.db,
            openQueueStore: (options) => servers.openQueueStore(options),
            note: (text) => notes.push({ suite: suite.name, mode, text }),
            log,
          };
          rows.push(...(await suite.run(context)).map((row) => ({ ...row, mode })));
        } finally {
          await servers.close();
          embedded = undefined;
        }
        const seconds = (performance.now() - started) / 1000;
        log(`suite ${suite.name} (${mode}) took ${seconds.toFixed(0)} s`);
        if (modesOf(suite).length > 1) notes.push({ suite: suite.name, mode, text: `took ${seconds.toFixed(0)} s` });
      }
    }
  } finally {
    await externalDb?.close();
    stopOnSignal();
  }

  const report: Report = {
    mode: smoke ? 'smoke' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus().length,
      ...Object.fromEntries(MODES.filter((mode) => versions.has(mode)).map((mode) => [`postgres (${mode})`, versions.get(mode)!])),
      timing: describeTiming(smoke),
    },
    rows,
    notes,
  };
  const written = await writeReport(RESULTS_DIRECTORY, report);
  for (const { suite } of plan) process.stdout.write(`\n${suiteSection(report, suite.name)}\n\n`);
  log(`\nwrote ${written.json} and ${written.markdown} (also latest.json / latest.md)`);
}

function describeTiming(smoke: boolean): string {
  const { warmupMs, measureMs, rounds } = timingFor(smoke);
  return `${measureMs / 1000} s window after ${warmupMs / 1000} s warm-up, median of ${rounds} round(s)`;
}

/**
 * On the first SIGINT or SIGTERM, runs `cleanup` (an embedded PostgreSQL is a server of its own:
 * it would outlive the bench), then ends the process as the signal would have. Returns a function
 * that removes the handler.
 */
function onSignal(cleanup: () => Promise<void>): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  let stopping = false;
  const remove = () => signals.forEach((signal) => process.off(signal, handle));
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    interrupted = true;
    // The suite still runs while its server goes away: its pools' errors must not end the process
    // before the server has stopped and its folder is gone.
    process.on('uncaughtException', () => {});
    process.stderr.write(`\n${signal}: stopping the embedded PostgreSQL\n`);
    cleanup()
      .catch((error: Error) => process.stderr.write(`could not stop it: ${error.message}\n`))
      .finally(() => {
        remove();
        process.kill(process.pid, signal);
      });
  };
  signals.forEach((signal) => process.on(signal, handle));
  return remove;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
  } else if (!interrupted) {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
});
