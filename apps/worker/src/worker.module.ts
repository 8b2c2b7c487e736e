import { Module } from '@nestjs/common';
import { WebhookDeliverer } from '#lib/webhooks';
import { ProjectionsProcessor } from './projections.processor.js';
import { WebhooksProcessor } from './webhooks.processor.js';

/** The BullMQ processors. Expects CoreModule (connection, projections, webhooks) from the root. */
@Module({
  providers: [ProjectionsProcessor, WebhooksProcessor, WebhookDeliverer],
})
export class WorkerModule {}
