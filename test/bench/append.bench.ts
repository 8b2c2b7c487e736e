import type { TargetName } from './append/target.js';
import type { AppendJob, AppendMeasurement } from './append/worker.js';
import type { Row } from './report.js';
import { timingFor, type Suite, type SuiteContext } from './suite.js';
import { MODES } from './support/bench-servers.js';
import { runInWorker } from './support/in-worker.js';
import { median } from './support/stats.js';

const WORKER = new URL('./append/worker.js', import.meta.url);
const STREAMS = 1_000;
const UNIT = 'ev/s';

interface Workload {
  name: string;
  writers: number;
  eventsPerAppend: number;
}

const WORKLOADS: readonly Workload[] = [
  { name: 'single events', writers: 1, eventsPerAppend: 1 },
  { name: 'single events', writers: 8, eventsPerAppend: 1 },
  { name: 'batches of 100', writers: 1, eventsPerAppend: 100 },
  { name: 'batches of 100', writers: 8, eventsPerAppend: 100 },
];

/**
 * Appends: ours against the ceiling (a plain INSERT of the same rows, the fastest of several
 * statement forms) and against Emmett, same server, same run, each measurement in a fresh schema.
 * Rounds are interleaved (every target once per round, order rotated) so drift on a noisy box —
 * checkpoints, autovacuum — spreads over all targets instead of landing on one. In both modes:
 * every target on the mode's PostgreSQL (the ceiling too, so ours ÷ ceiling compares like with like).
 */
export const appendSuite: Suite = {
  name: 'append',
  modes: MODES,
  async run(context: SuiteContext): Promise<Row[]> {
    const timing = timingFor(context.smoke);
    const samples = WORKLOADS.map(() => new Map<TargetName, number[]>());
    for (let round = 0; round < timing.rounds; round++) {
      for (const [index, workload] of WORKLOADS.entries()) {
        for (const target of rotate(targetsOf(workload), round)) {
          const measured = await measure(context, workload, target, timing);
          const list = samples[index].get(target) ?? [];
          list.push(Math.round(measured.eventsPerSecond));
          samples[index].set(target, list);
          context.log(
            `append round ${round + 1}/${timing.rounds} ${describe(workload)} ${target}: ` +
              `${Math.round(measured.eventsPerSecond).toLocaleString('en-US')} ${UNIT} (${measured.appends} appends)`,
          );
        }
      }
    }
    return WORKLOADS.flatMap((workload, index) => rowsOf(workload, samples[index]));
  },
};

/** Ours (shared store; plus a store per writer when there are several), ceiling candidates, Emmett. */
function targetsOf(workload: Workload): TargetName[] {
  const targets: TargetName[] = ['ours-shared'];
  if (workload.writers > 1) targets.push('ours-per-writer');
  // One transaction per row only makes sense as a ceiling for one-event appends.
  if (workload.eventsPerAppend === 1) targets.push('ceiling-single-row');
  targets.push('ceiling-jsonb', 'ceiling-unnest', 'emmett');
  return targets;
}

async function measure(
  context: SuiteContext,
  workload: Workload,
  target: TargetName,
  timing: { warmupMs: number; measureMs: number },
): Promise<AppendMeasurement> {
  const schema = context.db.newSchemaName(`append_${target}`);
  try {
    return await runInWorker<AppendJob, AppendMeasurement>(WORKER, {
      target,
      databaseUrl: context.db.url,
      schema,
      writers: workload.writers,
      eventsPerAppend: workload.eventsPerAppend,
      streams: STREAMS,
      warmupMs: timing.warmupMs,
      measureMs: timing.measureMs,
    });
  } finally {
    // At once, not at the end of the run: Emmett cannot share a database with another Emmett schema.
    await context.db.dropSchema(schema);
  }
}

function rowsOf(workload: Workload, samples: Map<TargetName, number[]>): Row[] {
  const base = {
    suite: 'append',
    workload: workload.name,
    clients: workload.writers,
    eventsPerAppend: workload.eventsPerAppend,
    unit: UNIT,
  };
  const row = (target: string, values: number[], extra: Partial<Row> = {}): Row => ({
    ...base,
    target,
    value: median(values),
    ratios: {},
    samples: values,
    ...extra,
  });
  const valuesOf = (target: TargetName): number[] => samples.get(target) ?? [];

  const candidates = [...samples.keys()].filter((target) => target.startsWith('ceiling-'));
  const best = candidates.reduce((a, b) => (median(valuesOf(b)) > median(valuesOf(a)) ? b : a));
  const ceiling = median(valuesOf(best));
  const emmett = median(valuesOf('emmett'));
  const ours = (target: TargetName, variant: string | undefined): Row => {
    const value = median(valuesOf(target));
    return row('ours', valuesOf(target), { variant, ratios: { ceiling: value / ceiling, emmett: value / emmett } });
  };

  const rows = [ours('ours-shared', workload.writers > 1 ? 'one shared store' : undefined)];
  if (samples.has('ours-per-writer')) rows.push(ours('ours-per-writer', 'store per writer'));
  rows.push(row('ceiling', valuesOf(best), { detail: best.replace('ceiling-', '') }));
  rows.push(row('emmett', valuesOf('emmett')));
  // Every candidate too, for the JSON: which statement form wins is itself worth knowing.
  for (const candidate of candidates) rows.push(row(candidate, valuesOf(candidate)));
  return rows;
}

function describe(workload: Workload): string {
  return `${workload.eventsPerAppend} ev × ${workload.writers} writer${workload.writers === 1 ? '' : 's'}`;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
