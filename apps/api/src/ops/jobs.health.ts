import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { OpsQueue } from './ops-queue';

/**
 * The `jobs` indicator of /health: the adapter, the queue depth (waiting + delayed + active) and
 * the failed count. Down when the queue cannot say within 2 s (BullMQ with Redis unreachable).
 */
@Injectable()
export class JobsHealth {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly ops: OpsQueue,
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
}
