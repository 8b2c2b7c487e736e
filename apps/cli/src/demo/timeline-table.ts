import type { NewsEvent } from '#lib/articles';
import { type Column, formatTable } from './text-table.js';

const COLUMNS: Column<NewsEvent>[] = [
  { header: 'date', cell: (e) => e.date },
  { header: 'type', cell: (e) => [e.type, ...(e.context.length ? [`(${e.context.join(', ')})`] : [])] },
  { header: 'actors', cell: (e) => e.actors },
  { header: 'summary', cell: (e) => e.summary, maxWidth: 44 },
  { header: 'stance signals', cell: (e) => (e.stances.length ? e.stances.map((s) => `${s.actor} ${s.question}: ${s.position}`) : ['-']) },
];

/** Events in world-time order (by the earliest day each date allows), as a table for a terminal. */
export function formatTimeline(events: readonly NewsEvent[]): string {
  const ordered = [...events].sort((a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest));
  return formatTable(COLUMNS, ordered);
}
