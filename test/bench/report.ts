import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BenchMode, MODES } from './support/bench-servers.js';

/** One measured figure. Rows of `target: 'ours'` become lines of the Markdown table. */
export interface Row {
  suite: string;
  /** The servers it was measured on (set by run.ts): external, or the embedded PostgreSQL. */
  mode?: BenchMode;
  workload: string;
  /** What was measured: 'ours', or a baseline such as 'ceiling' or 'emmett'. */
  target: string;
  /** Which form of the target, when a workload measures ours more than one way. */
  variant?: string;
  clients: number;
  eventsPerAppend: number;
  /** The median of `samples`. */
  value: number;
  unit: string;
  /** ours ÷ baseline, keyed by the baseline's target name; empty on baseline rows. */
  ratios: Record<string, number>;
  /** One value per round; rounds are interleaved across targets. */
  samples: number[];
  /** E.g. which candidate won for a ceiling made of several candidates. */
  detail?: string;
}

/** A line under a suite's table, about one mode's run of it. */
export interface Note {
  suite: string;
  mode: BenchMode;
  text: string;
}

export interface Report {
  mode: 'smoke' | 'full';
  startedAt: string;
  finishedAt: string;
  environment: Record<string, string | number>;
  rows: Row[];
  notes: Note[];
}

export interface WrittenReport {
  json: string;
  markdown: string;
}

/** Writes results-<timestamp>.json/.md and latest.json/.md into `directory`; returns the paths. */
export async function writeReport(directory: string, report: Report): Promise<WrittenReport> {
  await mkdir(directory, { recursive: true });
  const stamp = report.startedAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  const json = JSON.stringify(report, null, 2) + '\n';
  const markdown = toMarkdown(report);
  const paths = { json: join(directory, `results-${stamp}.json`), markdown: join(directory, `results-${stamp}.md`) };
  await Promise.all([
    writeFile(paths.json, json),
    writeFile(paths.markdown, markdown),
    writeFile(join(directory, 'latest.json'), json),
    writeFile(join(directory, 'latest.md'), markdown),
  ]);
  return paths;
}

export function toMarkdown(report: Report): string {
  const env = Object.entries(report.environment)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
  const parts = [`# Benchmark results (${report.mode})`, '', `${report.startedAt}; ${env}`, ''];
  for (const suite of unique(report.rows.map((row) => row.suite))) parts.push(suiteSection(report, suite), '');
  return parts.join('\n');
}

/**
 * A suite's heading, table and notes. Run in both modes: one table with the modes side by side
 * (modesTable); in one mode: the table of that mode's rows (suiteTable), the heading naming the
 * mode unless it is the only one the suite has.
 */
export function suiteSection(report: Pick<Report, 'rows' | 'notes'>, suite: string): string {
  const rows = report.rows.filter((row) => row.suite === suite);
  const modes = MODES.filter((mode) => rows.some((row) => row.mode === mode));
  const notes = MODES.flatMap((mode) => {
    const texts = report.notes.filter((note) => note.suite === suite && note.mode === mode).map((note) => note.text);
    return texts.length === 0 ? [] : [`- ${mode}: ${texts.join('; ')}`];
  });
  const heading = modes.length === 1 && modes[0] === 'embedded' ? `## ${suite} (embedded)` : `## ${suite}`;
  const table = modes.length === 2 ? modesTable(rows) : suiteTable(rows);
  return [heading, '', table, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/**
 * The two modes side by side: one line per row of ours and per baseline it is compared with (the
 * same workload, clients and batch size), each with its external and embedded value and the
 * ratio embedded ÷ external; lines of ours also carry ours ÷ each baseline, per mode. A baseline's
 * detail goes next to its name when both modes say the same, else next to each value.
 */
export function modesTable(rows: readonly Row[]): string {
  const ours = rows.filter((row) => row.target === 'ours');
  const baselines = unique(ours.flatMap((row) => Object.keys(row.ratios)));
  const units = unique(ours.map((row) => row.unit));
  const unit = units.length === 1 ? ` ${units[0]}` : '';
  const appends = ours.some((row) => row.eventsPerAppend > 0);
  const group = (row: Row) => `${row.workload}\u0000${row.clients}\u0000${row.eventsPerAppend}`;
  const lineKey = (row: Row) => `${group(row)}\u0000${row.target}\u0000${row.variant ?? ''}`;

  // Lines in the order they were measured, grouped: ours (each variant), then its baselines.
  const lines: Row[] = [];
  const seen = new Set<string>();
  const add = (row: Row) => {
    if (seen.has(lineKey(row))) return;
    seen.add(lineKey(row));
    lines.push(row);
  };
  for (const key of unique(ours.map(group))) {
    for (const row of ours) if (group(row) === key) add(row);
    for (const baseline of baselines) for (const row of rows) if (row.target === baseline && group(row) === key) add(row);
  }

  const header = [
    'workload',
    'clients',
    ...(appends ? ['events/append'] : []),
    ...(units.length > 1 ? ['unit'] : []),
    'what',
    `external${unit}`,
    `embedded${unit}`,
    'embedded/external',
    'ours/baseline, external',
    'ours/baseline, embedded',
  ];
  const body = lines.map((line) => {
    const [external, embedded] = MODES.map((mode) => rows.find((row) => row.mode === mode && lineKey(row) === lineKey(line)));
    const details = unique([external, embedded].flatMap((row) => (row?.detail === undefined || row.target === 'ours' ? [] : [row.detail])));
    const sharedDetail = details.length === 1 && external?.detail === embedded?.detail ? details[0] : undefined;
    const cell = (row: Row | undefined) => {
      if (row === undefined) return '—';
      const value = formatValue(row.value, row.unit);
      return row.target === 'ours' || row.detail === undefined || sharedDetail !== undefined ? value : `${value} (${row.detail})`;
    };
    const against = (row: Row | undefined) =>
      row === undefined || row.target !== 'ours'
        ? ''
        : baselines
            .filter((b) => row.ratios[b] !== undefined)
            .map((b) => `${row.ratios[b].toFixed(2)}× ${b}`)
            .join(', ');
    const what = line.target === 'ours' ? (line.variant === undefined ? 'ours' : `ours (${line.variant})`) : line.target;
    return [
      line.workload,
      String(line.clients),
      ...(appends ? [String(line.eventsPerAppend)] : []),
      ...(units.length > 1 ? [line.unit] : []),
      sharedDetail === undefined ? what : `${what}: ${sharedDetail}`,
      cell(external),
      cell(embedded),
      external === undefined || embedded === undefined ? '—' : `${(embedded.value / external.value).toFixed(2)}×`,
      against(external),
      against(embedded),
    ];
  });
  const text = new Set(['workload', 'what', 'ours/baseline, external', 'ours/baseline, embedded']);
  const align = header.map((name) => (text.has(name) ? '---' : '---:'));
  const legend =
    'embedded/external: above 1 is faster embedded for rates (/s), slower for times (µs, ms, s). ' +
    'ours/baseline: against the baseline measured in the same mode, on the same servers.';
  return [[header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n'), '', legend].join('\n');
}

/**
 * One line per row of ours; each baseline named in its ratios gets a value column (the baseline
 * row of the same workload, clients and batch size) and a ratio column.
 */
export function suiteTable(rows: readonly Row[]): string {
  const lines = rows.filter((row) => row.target === 'ours');
  const baselines = unique(lines.flatMap((row) => Object.keys(row.ratios)));
  // One unit for the whole table goes into the headers; suites that report several (ev/s, ms) get a unit column.
  const units = unique(lines.map((row) => row.unit));
  const unit = units.length === 1 ? ` ${units[0]}` : '';
  // Suites that do not append (eventsPerAppend 0) have no events/append column.
  const appends = lines.some((row) => row.eventsPerAppend > 0);
  const header = [
    'workload',
    'clients',
    ...(appends ? ['events/append'] : []),
    ...(units.length > 1 ? ['unit'] : []),
    `ours${unit}`,
    ...baselines.map((b) => `${b}${unit}`),
    ...baselines.map((b) => `ours/${b}`),
  ];
  const body = lines.map((line) => {
    const baselineCells = baselines.map((b) => {
      const row = rows.find(
        (r) =>
          r.target === b &&
          r.workload === line.workload &&
          r.clients === line.clients &&
          r.eventsPerAppend === line.eventsPerAppend,
      );
      if (row === undefined) return '—';
      return row.detail === undefined ? formatValue(row.value, row.unit) : `${formatValue(row.value, row.unit)} (${row.detail})`;
    });
    return [
      line.variant === undefined ? line.workload : `${line.workload} (${line.variant})`,
      String(line.clients),
      ...(appends ? [String(line.eventsPerAppend)] : []),
      ...(units.length > 1 ? [line.unit] : []),
      formatValue(line.value, line.unit),
      ...baselineCells,
      ...baselines.map((b) => (line.ratios[b] === undefined ? '—' : `${line.ratios[b].toFixed(2)}×`)),
    ];
  });
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Whole numbers; times (µs, ms, s) under 100 keep one decimal. */
function formatValue(value: number, unit: string): string {
  if ((unit === 'µs' || unit === 'ms' || unit === 's') && Math.abs(value) < 100) return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return Math.round(value).toLocaleString('en-US');
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
