import type pg from 'pg';
import type { RecordedEvent } from '#lib/event-store';
import type { Projection } from '#lib/projections';
import { type LogPoint, type NewsEventData, readOperations } from './news-event-operations.js';

interface PendingRow {
  event: NewsEventData;
  knownFrom: LogPoint;
  knownTo?: LogPoint;
}

/**
 * The world timeline: each topic's news events by date bounds, type, actors and context. A
 * correction or retraction closes the version believed until then (bitemporal, like stances).
 */
export class WorldEventsProjection implements Projection {
  readonly name = 'world-events';
  readonly tables = ['world_events'] as const;

  async apply(tx: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const pending: PendingRow[] = [];
    const closeStored: { eventId: string; at: LogPoint }[] = [];
    for (const op of readOperations(events)) {
      if (op.kind === 'report') {
        pending.push({ event: op.event, knownFrom: op.at });
        continue;
      }
      const current = pending.find((p) => p.event.id === op.eventId && !p.knownTo);
      if (current) current.knownTo = op.at;
      else closeStored.push({ eventId: op.eventId, at: op.at });
    }
    if (closeStored.length > 0) {
      await tx.query(
        `UPDATE world_events w SET known_to_position = c.position, known_to_time = c.recorded_at
           FROM jsonb_to_recordset($1::jsonb) AS c(event_id uuid, position bigint, recorded_at timestamptz)
          WHERE w.event_id = c.event_id AND w.known_to_position IS NULL`,
        [JSON.stringify(closeStored.map((c) => ({ event_id: c.eventId, position: c.at.position, recorded_at: c.at.recordedAt })))],
      );
    }
    if (pending.length === 0) return;
    await tx.query(
      `INSERT INTO world_events (event_id, article_id, topic, type, date, earliest, latest, context, actors, place, summary, stances,
                                evidence, confidence, known_from_position, known_from_time, known_to_position, known_to_time)
       SELECT event_id, article_id, topic, type, date, earliest, latest,
              ARRAY(SELECT jsonb_array_elements_text(context)), ARRAY(SELECT jsonb_array_elements_text(actors)),
              place, summary, stances, evidence, confidence, known_from_position, known_from_time, known_to_position, known_to_time
         FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, article_id uuid, topic text, type text, date text, earliest date,
              latest date, context jsonb, actors jsonb, place text, summary text, stances jsonb, evidence jsonb,
              confidence double precision, known_from_position bigint, known_from_time timestamptz, known_to_position bigint,
              known_to_time timestamptz)
`,
      [
        JSON.stringify(
          pending.map(({ event: e, knownFrom, knownTo }) => ({
            event_id: e.id, article_id: e.articleId, topic: e.topic, type: e.type, date: e.date, earliest: e.earliest, latest: e.latest,
            context: e.context, actors: e.actors, place: e.place ?? null, summary: e.summary, stances: e.stances, evidence: e.evidence ?? null,
            confidence: e.confidence, known_from_position: knownFrom.position, known_from_time: knownFrom.recordedAt,
            known_to_position: knownTo?.position ?? null, known_to_time: knownTo?.recordedAt ?? null,
          })),
        ),
      ],
    );
  }
}
