import { Query } from '@nestjs/cqrs';

export interface ProjectionLag {
  name: string;
  /** The log cursor the projection has applied up to (opaque, as `/v1/log` takes it). */
  checkpoint: string;
  /** The highest log position applied. */
  position: number;
  eventsApplied: number;
  /** Events in the log after the checkpoint. */
  lagEvents: number;
  /** Transaction time between the head of the log and the last event applied; 0 when caught up. */
  lagSeconds: number;
}

export interface ProjectionStatus {
  items: ProjectionLag[];
  /** The highest log position drawn and when it was recorded (null for an empty log). */
  head: { position: number; recordedAt: string | null };
}

/** Each projection's checkpoint and how far it is behind the log. */
export class GetProjectionStatus extends Query<ProjectionStatus> {}
