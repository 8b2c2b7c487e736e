import type pg from 'pg';
import type { StanceChangeRecord, StanceChangeSink } from '#lib/stances';
import { OutboxRepository } from './outbox.repository.js';

export const STANCE_CHANGED = 'stance.changed';

/**
 * The stance projection's webhook outbox: each change becomes a `stance.changed` message for every
 * matching subscription, in the projection's transaction, so a change is announced if and only if
 * the read model shows it. The dispatcher hands new messages to the queue after the commit.
 */
export class WebhookOutbox implements StanceChangeSink {
  private readonly repository = new OutboxRepository();
  private written = false;

  async write(tx: pg.PoolClient, changes: readonly StanceChangeRecord[]): Promise<void> {
    const count = await this.repository.write(
      tx,
      changes.map((c) => ({
        topic: c.topic,
        actor: c.actor,
        question: c.question,
        type: STANCE_CHANGED,
        body: JSON.stringify(stanceChangedBody(c)),
        position: c.logPosition,
        dedupKey: [c.logPosition, c.topic, c.actor, c.question, c.from].join('/'),
      })),
    );
    if (count > 0) this.written = true;
  }

  /** Whether messages were written since the last call. */
  takeWritten(): boolean {
    const written = this.written;
    this.written = false;
    return written;
  }
}

/** The webhook body (DESIGN §4): the change, the event and article behind it, and its log position. */
export function stanceChangedBody(c: StanceChangeRecord) {
  return {
    type: STANCE_CHANGED,
    timestamp: c.recordedAt,
    data: {
      topic: c.topic,
      actor: c.actor,
      question: c.question,
      previous: c.previous,
      current: c.current,
      eventId: c.eventId,
      articleId: c.articleId,
      position: c.logPosition,
      affectsCurrent: c.affectsCurrent,
    },
  };
}
