import type { Projection } from '#lib/projections';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';
import type { WebhookOutbox } from '#lib/webhooks';

/** The service's projections; stance changes go to `outbox` (webhooks). */
export function stancelineProjections(outbox: WebhookOutbox): Projection[] {
  return [new StanceProjection({ changes: outbox }), new WorldEventsProjection()];
}
