import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiTags } from '@nestjs/swagger';
import pg from 'pg';
import { pingDatabase } from '#lib/database';
import { QueueProbe } from '#lib/queue';
import { HealthDocs } from './health.openapi.js';

const CHECK_TIMEOUT_MS = 2_000;

type Check = { status: 'up' } | { status: 'down'; error: string };

/**
 * Liveness and readiness: 200 when PostgreSQL and the store of the queues (Redis, or BullMQ's tables
 * in PostgreSQL: the check is named after the probe) both answer, else 503 naming what is down.
 */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(pg.Pool) private readonly pool: pg.Pool,
    @Inject(QueueProbe) private readonly queue: QueueProbe,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get()
  @HealthDocs()
  async health(@Res() response: unknown): Promise<void> {
    const [postgres, queue] = await Promise.all([check(() => pingDatabase(this.pool)), check(() => this.queue.ping())]);
    const checks = { postgres, [this.queue.name]: queue };
    const down = Object.entries(checks).filter(([, c]) => c.status === 'down').map(([name]) => name);
    const body =
      down.length === 0
        ? { status: 'ok', checks }
        : { status: 'error', message: `${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down`, checks };
    this.adapterHost.httpAdapter.reply(response, body, down.length === 0 ? 200 : 503);
  }
}

async function check(probe: () => Promise<void>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message || String(error) };
  } finally {
    clearTimeout(timer);
  }
}
