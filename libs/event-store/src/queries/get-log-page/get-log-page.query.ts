import { Query } from '@nestjs/cqrs';
import type { ReadAllPage } from '../../event.js';

/** A page of the global log after an opaque cursor. */
export class GetLogPage extends Query<ReadAllPage> {
  constructor(
    readonly after: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
