import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { PostgresEventStore } from '#lib/event-store';
import { QUEUES } from '#lib/queue';
import { CheckpointRepository } from './checkpoint.repository.js';
import type { Projection } from './projection.js';
import { ProjectionNudger } from './projection-nudger.js';
import { ProjectionRunner } from './projection-runner.js';

/** The projections this process knows, by injection token. */
export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * Projections, their runner and the nudge every append sends to the workers. The API imports it
 * for the nudges and the status; the worker also runs the projections.
 */
@Global()
@Module({})
export class ProjectionsModule implements OnModuleInit {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly nudger: ProjectionNudger,
  ) {}

  static forRoot(projections: Projection[]): DynamicModule {
    return {
      module: ProjectionsModule,
      imports: [BullModule.registerQueue({ name: QUEUES.projections })],
      providers: [
        { provide: PROJECTIONS, useValue: projections },
        { provide: ProjectionRunner, inject: [pg.Pool, PostgresEventStore], useFactory: (pool: pg.Pool, store: PostgresEventStore) => new ProjectionRunner(pool, store) },
        { provide: CheckpointRepository, useValue: new CheckpointRepository() },
        ProjectionNudger,
      ],
      exports: [PROJECTIONS, ProjectionRunner, CheckpointRepository, ProjectionNudger, BullModule],
    };
  }

  onModuleInit(): void {
    this.store.addAppendListener(() => this.nudger.nudge());
  }
}

export const InjectProjections = () => Inject(PROJECTIONS);
