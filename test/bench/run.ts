import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendSuite } from './append.bench.js';
import { extractionSuite } from './extraction.bench.js';
import { ingestSuite } from './ingest.bench.js';
import { projectionsSuite } from './projections.bench.js';
import { suiteTable, writeReport, type Report, type Row } from './report.js';
import { timingFor, type Suite } from './suite.js';
import { BenchDatabase } from './support/bench-database.js';
import { webhooksSuite } from './webhooks.bench.js';

/** To add a suite: import it and list it here. */
const SUITES: readonly Suite[] = [appendSuite, extractionSuite, ingestSuite, projectionsSuite, webhooksSuite];

/** This file runs from dist/test/bench/; results go to test/bench/results/ in the source tree. */
const RESULTS_DIRECTORY = fileURLToPath(new URL('../../../test/bench/results/', import.meta.url));

const USAGE = `usage: npm run bench -- [--smoke] [--only <suite>]; suites: ${SUITES.map((s) => s.name).join(', ')}`;

class UsageError extends Error {}

function parseOptions(): { smoke: boolean; suites: readonly Suite[] } {
  let values: { smoke: boolean; only?: string };
  try {
    ({ values } = parseArgs({
      options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const suites = values.only === undefined ? SUITES : SUITES.filter((suite) => suite.name === values.only);
  if (suites.length === 0) throw new UsageError(`no suite named ${values.only}`);
  return { smoke: values.smoke, suites };
}

async function main(): Promise<void> {
  const { smoke, suites } = parseOptions();

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await BenchDatabase.open();
  const startedAt = new Date();
  const rows: Row[] = [];
  let postgres: string;
  try {
    const leftovers = await db.dropLeftovers();
    if (leftovers.length > 0) log(`dropped ${leftovers.length} schema(s) left by an earlier run`);
    postgres = await db.serverVersion();
    for (const suite of suites) {
      log(`suite ${suite.name}${smoke ? ' (smoke)' : ''}`);
      rows.push(...(await suite.run({ smoke, db, log })));
    }
  } finally {
    await db.close();
  }

  const report: Report = {
    mode: smoke ? 'smoke' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: { node: process.version, cpus: cpus().length, postgres, timing: describeTiming(smoke) },
    rows,
  };
  const written = await writeReport(RESULTS_DIRECTORY, report);
  for (const suite of suites) {
    process.stdout.write(`\n## ${suite.name}\n\n${suiteTable(rows.filter((row) => row.suite === suite.name))}\n\n`);
  }
  log(`\nwrote ${written.json} and ${written.markdown} (also latest.json / latest.md)`);
}

function describeTiming(smoke: boolean): string {
  const { warmupMs, measureMs, rounds } = timingFor(smoke);
  return `${measureMs / 1000} s window after ${warmupMs / 1000} s warm-up, median of ${rounds} round(s)`;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
});
