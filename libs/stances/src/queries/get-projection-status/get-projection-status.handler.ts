import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { decodeCursor, encodeCursor, LOG_START, PostgresEventStore } from '#lib/event-store';
import { type Checkpoint, CheckpointRepository, InjectProjections, type Projection } from '#lib/projections';
import { GetProjectionStatus, type ProjectionStatus } from './get-projection-status.query.js';
import { ProjectionLagRepository } from './projection-lag.repository.js';

@QueryHandler(GetProjectionStatus)
export class GetProjectionStatusHandler implements IQueryHandler<GetProjectionStatus> {
  constructor(
    @Inject(pg.Pool) private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
    private readonly checkpoints: CheckpointRepository,
    private readonly lag: ProjectionLagRepository,
    @InjectProjections() private readonly projections: Projection[],
  ) {}

  async execute(): Promise<ProjectionStatus> {
    const [stored, head] = await Promise.all([this.checkpoints.list(this.pool), this.store.head()]);
    // A projection that has never run has no checkpoint row yet: it is all the log behind.
    const missing = this.projections.filter((p) => !stored.some((c) => c.name === p.name)).map((p) => neverRun(p.name));
    const checkpoints = [...stored, ...missing].sort((a, b) => a.name.localeCompare(b.name));
    const behind = await this.lag.behind(checkpoints.map((c) => decodeCursor(c.cursor)));
    return {
      items: checkpoints.map((c, i) => {
        const { events, firstRecordedAt } = behind[i];
        // Before its first event, a projection is as far behind as the oldest event it has not applied.
        const from = c.lastRecordedAt ?? firstRecordedAt;
        const lagMs = events > 0 && head.recordedAt && from ? Math.max(0, head.recordedAt.getTime() - from.getTime()) : 0;
        return {
          name: c.name,
          checkpoint: c.cursor,
          position: c.maxPosition,
          eventsApplied: c.eventsApplied,
          lagEvents: events,
          lagSeconds: lagMs / 1000,
        };
      }),
      head: { position: head.position, recordedAt: head.recordedAt?.toISOString() ?? null },
    };
  }
}

function neverRun(name: string): Checkpoint {
  return { name, cursor: encodeCursor(LOG_START), maxPosition: 0, eventsApplied: 0, lastRecordedAt: null, updatedAt: new Date(0) };
}
