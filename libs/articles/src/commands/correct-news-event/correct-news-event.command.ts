import { Command } from '@nestjs/cqrs';
import type { EventChangeResult } from '../retract-news-event/retract-news-event.command.js';

/** A full replacement for an event; the original stays in the log. */
export class CorrectNewsEvent extends Command<EventChangeResult> {
  constructor(
    readonly articleId: string,
    readonly eventId: string,
    readonly replacement: unknown,
  ) {
    super();
  }
}
