import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE, KAOPING_CONFIG, REDIS, type KaopingConfig, type OptionalRedis } from '@kaoping/runtime';
import { Public } from '../auth/auth.decorators';
import { JobsHealth } from '../ops/jobs.health';
import { ProjectionsHealth } from './projections.health';

/**
 * /health: `ok`; `degraded` (still 200: writes work, some reads are late) when a read model is
 * stopped or lagging or no worker is attached, with each problem in `degraded`; `error` (503)
 * when a dependency does not answer.
 */
export type HealthAnswer = Omit<HealthCheckResult, 'status'> & Readonly<{ status: HealthCheckResult['status'] | 'degraded'; degraded?: readonly string[] }>;

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
    private readonly projections: ProjectionsHealth,
    // From the OpsModule: absent in an app without the job queue.
    @Optional() private readonly jobs?: JobsHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Liveness and readiness: the event store, Redis when configured, the job queue (adapter, depth, failed), the read models (position, lag, a stopped projection) and whether a worker is attached',
  })
  @ApiOkResponse({ description: "`ok`, or `degraded` with the problems listed in `degraded` (a read model stopped or lagging, no worker attached)" })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer; `error` says which' })
  async check(): Promise<HealthAnswer> {
    const checks = [() => this.checkEventStore()];
    if (this.redis) checks.push(() => this.checkRedis());
    const jobs = this.jobs;
    if (jobs) checks.push(() => jobs.check());
    const result = await this.health.check(checks);
    const [projections, workers] = await Promise.all([
      withTimeout(this.projections.report(), 3000, 'read models').catch((error: unknown) => ({ states: [], problems: [`read models: ${error instanceof Error ? error.message : String(error)}`] })),
      this.workerProblems(),
    ]);
    const degraded = [...projections.problems, ...workers];
    const details = { ...result.details, projections: { status: projections.problems.length === 0 ? 'up' : 'down', states: projections.states } } as const satisfies HealthCheckResult['details'];
    return { ...result, details, ...(degraded.length === 0 ? {} : { status: 'degraded', degraded }) };
  }

  /** Without RUN_WORKER this process runs no projections or jobs: some worker must be attached to the queue. */
  private async workerProblems(): Promise<readonly string[]> {
    if (this.config.runWorker || this.jobs === undefined) return [];
    try {
      const workers = await this.jobs.workers();
      if (workers === 0) return ['no worker is attached to the job queue (RUN_WORKER=false): start one with npm run start:worker'];
      return [];
    } catch (error) {
      return [`could not count the job queue's workers: ${error instanceof Error ? error.message : String(error)}`];
    }
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
