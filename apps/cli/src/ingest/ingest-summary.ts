import type { IngestOutcome } from './bulk-ingest.js';

/** What a bulk ingest did, for a person: the counts, then each failure with its reason. */
export function formatIngestSummary(outcomes: readonly IngestOutcome[], elapsedMs: number): string {
  const count = (status: IngestOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const events = outcomes.reduce((sum, o) => sum + (o.status === 'ingested' ? o.events : 0), 0);
  const lines = [
    `ingested ${count('ingested')} (${events} events), duplicates ${count('duplicate')}, failed ${count('failed')}` +
      ` — ${outcomes.length} ${outcomes.length === 1 ? 'article' : 'articles'} in ${(elapsedMs / 1000).toFixed(1)} s`,
  ];
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) {
    lines.push('failed:');
    for (const o of failed) lines.push(`  ${o.source}: ${o.reason}`);
  }
  return lines.join('\n') + '\n';
}
