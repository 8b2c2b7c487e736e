import { Module } from '@nestjs/common';
import { ProjectionsProcessor } from './projections.processor.js';

/** The BullMQ processors. Expects CoreModule (connection, projections) from the root. */
@Module({
  providers: [ProjectionsProcessor],
})
export class WorkerModule {}
