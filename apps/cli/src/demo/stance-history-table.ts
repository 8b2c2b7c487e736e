import type { StanceHistoryItem } from '#lib/stances';
import { type Column, formatTable } from './text-table.js';

const COLUMNS: Column<StanceHistoryItem>[] = [
  { header: 'position', cell: (i) => i.position },
  { header: 'from', cell: (i) => i.from },
  { header: 'to', cell: (i) => i.to ?? '(now)' },
  { header: 'since (EDTF)', cell: (i) => i.since },
  { header: 'evidence', cell: (i) => i.evidence.map((e) => (e.quote ? `"${e.quote}"` : `event ${e.eventId}`)), maxWidth: 48 },
];

/** The intervals of one actor's stance on one question, oldest first. */
export function formatStanceHistory(items: readonly StanceHistoryItem[]): string {
  return formatTable(COLUMNS, items);
}
