import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { setDefaultBackendFactory } from 'bullmq';
import { AppConfig } from '#lib/config';
import { backendByConnection, bullConnection } from './queue-connection.js';
import { QueueProbe } from './queue-probe.js';

/** BullMQ for every queue and worker of the process, on Redis or on PostgreSQL as `config.queue` says; and the probe /health asks. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // Before any queue or worker exists: their backend follows the connection they are given.
        setDefaultBackendFactory(backendByConnection);
        return { connection: bullConnection(config.queue) };
      },
    }),
  ],
  providers: [{ provide: QueueProbe, inject: [AppConfig], useFactory: (config: AppConfig) => QueueProbe.for(config.queue) }],
  exports: [QueueProbe, BullModule],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(QueueProbe) private readonly probe: QueueProbe) {}

  onApplicationShutdown(): Promise<void> {
    return this.probe.close();
  }
}
