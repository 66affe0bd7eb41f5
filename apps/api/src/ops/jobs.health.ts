import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { bullmq } from '@kaoping/jobs';
import { REDIS, type OptionalRedis } from '@kaoping/runtime';
import { OpsQueue } from './ops-queue';

/**
 * The `jobs` indicator of /health: the adapter, the queue depth (waiting + delayed + active) and
 * the failed count. Down when the queue cannot say within 2 s (BullMQ with Redis unreachable).
 */
@Injectable()
export class JobsHealth implements OnModuleDestroy {
  private counter: Readonly<{ queue: Queue; connection: NonNullable<OptionalRedis> }> | undefined;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly ops: OpsQueue,
    @Inject(REDIS) private readonly redis: OptionalRedis,
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('jobs');
    const adapter = this.ops.adapter;
    try {
      const report = await this.ops.report();
      return session.up({ adapter, queue: report.name, depth: report.depth, failed: report.counts.failed });
    } catch (error) {
      return session.down({ adapter, message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** BullMQ workers attached to the phase queue (any process), or undefined for the in-process queue. */
  async workers(timeoutMs = 2000): Promise<number | undefined> {
    const name = this.ops.bullmqName;
    if (name === undefined || !this.redis) return undefined;
    if (this.counter === undefined) {
      const connection = this.redis.duplicate();
      this.counter = { queue: new (bullmq().Queue)(name, { connection }), connection };
    }
    const { queue } = this.counter;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([queue.getWorkersCount(), timeout]).finally(() => clearTimeout(timer));
  }

  async onModuleDestroy(): Promise<void> {
    await this.counter?.queue.close();
    this.counter?.connection.disconnect();
  }
}
