import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One measured figure. Rows of `target: 'ours'` become lines of the Markdown table. */
export interface Row {
  suite: string;
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

export interface Report {
  mode: 'smoke' | 'full';
  startedAt: string;
  finishedAt: string;
  environment: Record<string, string | number>;
  rows: Row[];
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
  for (const suite of unique(report.rows.map((row) => row.suite))) {
    parts.push(`## ${suite}`, '', suiteTable(report.rows.filter((row) => row.suite === suite)), '');
  }
  return parts.join('\n');
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

/** Whole numbers; milliseconds and seconds under 100 keep one decimal. */
function formatValue(value: number, unit: string): string {
  if ((unit === 'ms' || unit === 's') && Math.abs(value) < 100) return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return Math.round(value).toLocaleString('en-US');
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
