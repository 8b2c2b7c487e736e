import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LATENCY_BUCKETS_MS, MessagesRepository } from '../../messages/messages.repository.js';
import { GetWebhookMetrics } from './get-webhook-metrics.query.js';

const OUTCOMES = ['succeeded', 'failed'] as const;

/**
 * Counters over every process's deliveries (they are kept in PostgreSQL, not in this process):
 * attempted, succeeded, failed, and the latency histogram by outcome.
 */
@QueryHandler(GetWebhookMetrics)
export class GetWebhookMetricsHandler implements IQueryHandler<GetWebhookMetrics> {
  constructor(private readonly messages: MessagesRepository) {}

  async execute(): Promise<string> {
    const rows = await this.messages.metrics();
    const total = (outcome: string) => rows.filter((r) => r.outcome === outcome).reduce((n, r) => n + r.count, 0);
    const lines = [
      '# HELP stanceline_webhook_deliveries_attempted_total Webhook delivery attempts made.',
      '# TYPE stanceline_webhook_deliveries_attempted_total counter',
      `stanceline_webhook_deliveries_attempted_total ${total('succeeded') + total('failed')}`,
      '# HELP stanceline_webhook_deliveries_succeeded_total Attempts answered with a 2xx in time.',
      '# TYPE stanceline_webhook_deliveries_succeeded_total counter',
      `stanceline_webhook_deliveries_succeeded_total ${total('succeeded')}`,
      '# HELP stanceline_webhook_deliveries_failed_total Attempts that failed (status, timeout, refused address, network).',
      '# TYPE stanceline_webhook_deliveries_failed_total counter',
      `stanceline_webhook_deliveries_failed_total ${total('failed')}`,
      '# HELP stanceline_webhook_delivery_latency_seconds Time from the start of an attempt to its outcome.',
      '# TYPE stanceline_webhook_delivery_latency_seconds histogram',
    ];
    for (const outcome of OUTCOMES) {
      const mine = rows.filter((r) => r.outcome === outcome);
      let cumulative = 0;
      for (const bound of LATENCY_BUCKETS_MS) {
        cumulative += mine.filter((r) => r.bucketMs === bound).reduce((n, r) => n + r.count, 0);
        lines.push(`stanceline_webhook_delivery_latency_seconds_bucket{outcome="${outcome}",le="${bound / 1000}"} ${cumulative}`);
      }
      const count = mine.reduce((n, r) => n + r.count, 0);
      lines.push(`stanceline_webhook_delivery_latency_seconds_bucket{outcome="${outcome}",le="+Inf"} ${count}`);
      lines.push(`stanceline_webhook_delivery_latency_seconds_sum{outcome="${outcome}"} ${mine.reduce((n, r) => n + r.latencyMs, 0) / 1000}`);
      lines.push(`stanceline_webhook_delivery_latency_seconds_count{outcome="${outcome}"} ${count}`);
    }
    return lines.join('\n') + '\n';
  }
}
