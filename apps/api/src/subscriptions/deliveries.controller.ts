import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type OwnerId, type QueuedMessage, RedeliverMessage } from '#lib/webhooks';
import { Caller, Private } from '../auth/api-key.guard.js';
import { RedeliverDocs } from './subscriptions.openapi.js';

/** Manual redelivery of one message (a delivery), by its id. */
@ApiTags('webhooks')
@Private()
@Controller('v1/deliveries')
export class DeliveriesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/redeliver')
  @HttpCode(202)
  @RedeliverDocs()
  redeliver(@Caller() owner: OwnerId, @Param('id') id: string): Promise<QueuedMessage> {
    return this.commandBus.execute(new RedeliverMessage(owner, id));
  }
}
