import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE, KAOPING_CONFIG, REDIS, type KaopingConfig, type OptionalRedis } from '@kaoping/runtime';
import { Public } from '../auth/auth.decorators';
import { JobsHealth } from '../ops/jobs.health';

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms).unref()),
  ]);

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(REDIS) private readonly redis: OptionalRedis,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
    // From the OpsModule: absent in an app without the job queue.
    @Optional() private readonly jobs?: JobsHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: the event store, Redis when configured, and the job queue (adapter, depth, failed)' })
  @ApiOkResponse({ description: 'Everything answers' })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer; `error` says which' })
  check(): Promise<HealthCheckResult> {
    const checks = [() => this.checkEventStore()];
    if (this.redis) checks.push(() => this.checkRedis());
    const jobs = this.jobs;
    if (jobs) checks.push(() => jobs.check());
    return this.health.check(checks);
  }

  private async checkEventStore(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('eventStore');
    try {
      const head = await withTimeout(this.eventStore.headPosition(), 3000, 'event store');
      return session.up({ kind: this.config.eventStore, headPosition: head.toString() });
    } catch (error) {
      return session.down({ kind: this.config.eventStore, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async checkRedis(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('redis');
    try {
      const redis = this.redis;
      if (!redis) return session.down({ message: 'not configured' });
      await withTimeout(redis.ping(), 2000, 'redis');
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
