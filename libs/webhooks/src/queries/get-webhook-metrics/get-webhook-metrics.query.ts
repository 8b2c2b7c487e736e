import { Query } from '@nestjs/cqrs';

/** Delivery counters and latency in the Prometheus text format. */
export class GetWebhookMetrics extends Query<string> {}
