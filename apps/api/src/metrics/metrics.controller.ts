import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GetWebhookMetrics } from '#lib/webhooks';

const EXAMPLE = [
  'stanceline_webhook_deliveries_attempted_total 12',
  'stanceline_webhook_deliveries_succeeded_total 10',
  'stanceline_webhook_deliveries_failed_total 2',
  'stanceline_webhook_delivery_latency_seconds_bucket{outcome="succeeded",le="0.05"} 9',
].join('\n');

/** Prometheus metrics: webhook deliveries attempted, succeeded, failed, and their latency by outcome. */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics', description: 'Counters cover every process’s deliveries (they are kept in PostgreSQL).' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text format.', example: EXAMPLE })
  metrics(): Promise<string> {
    return this.queryBus.execute(new GetWebhookMetrics());
  }
}
