import { Command } from '@nestjs/cqrs';

export interface EventChangeResult {
  articleId: string;
  eventId: string;
  /** Global log position of the write, for `minPosition`. */
  position: number;
}

/** The event stops counting: recorded as an event, never a delete. */
export class RetractNewsEvent extends Command<EventChangeResult> {
  constructor(
    readonly articleId: string,
    readonly eventId: string,
    readonly reason: string,
  ) {
    super();
  }
}
