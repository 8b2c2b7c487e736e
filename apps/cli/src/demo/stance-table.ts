import type { CodebookSummary } from '#lib/codebook';
import type { StanceView } from '#lib/stances';
import { type Column, formatTable } from './text-table.js';

type ActorRow = CodebookSummary['actors'][number];

/**
 * Every actor (rows) against every question (columns) of a topic: the position in effect, `*` when
 * it is not certain on that day (the signal's date allows a later day), `-` when there is none.
 */
export function formatStanceTable(topic: CodebookSummary, stances: readonly StanceView[]): string {
  const byKey = new Map(stances.map((s) => [`${s.actor}\u0000${s.question}`, s]));
  const columns: Column<ActorRow>[] = [
    { header: 'actor', cell: (actor) => actor.id },
    ...topic.questions.map(
      (question): Column<ActorRow> => ({
        header: question.id,
        cell: (actor) => {
          const stance = byKey.get(`${actor.id}\u0000${question.id}`);
          return stance ? `${stance.position}${stance.certain ? '' : '*'}` : '-';
        },
      }),
    ),
  ];
  return formatTable(columns, topic.actors);
}
