import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, Subscription } from '@kaoping/eventstore';
import { InMemoryCheckpointStore } from '@kaoping/eventstore';
import { BullmqJobQueue, InProcessJobQueue, SystemClock, type JobQueue } from '@kaoping/jobs';
import { EVENT_STORE, KAOPING_CONFIG, REDIS, SQL_DATABASE, type KaopingConfig, type OptionalRedis, type SqlDatabase } from '@kaoping/runtime';
import { isPermanentPhaseJobError } from '../handling/phase-job.errors';
import { phaseJobHandlers } from '../handling/phase-job.handlers';
import { PHASE_QUEUE, type PhaseJobs } from '../jobs/phase-jobs.catalog';
import { NOTIFYING_EVENT_TYPES, NotificationOutbox } from '../notifications/notification-outbox';
import { CycleScheduler } from '../reconciling/cycle-scheduler';
import { NotificationWebhooks, WEBHOOK_QUEUE, type WebhookJobs } from '../webhooks/notification-webhooks';

export const PHASE_JOB_QUEUE = Symbol('PHASE_JOB_QUEUE');
export const NOTIFICATION_OUTBOX = Symbol('NOTIFICATION_OUTBOX');
export const NOTIFICATION_WEBHOOKS = Symbol('NOTIFICATION_WEBHOOKS');
/** The queue webhook deliveries run on (started where the schedule runs; a test may start it itself). */
export const WEBHOOK_JOB_QUEUE = Symbol('WEBHOOK_JOB_QUEUE');

/**
 * Which process this is. The phase jobs run when PHASE_SCHEDULE is on, in the worker always and
 * in the API when RUN_WORKER is true (embedded PGlite opens in one process only).
 */
export type ScheduleOptions = Readonly<{ process: 'worker' | 'api' }>;
type ScheduleRun = Readonly<{ runJobs: boolean }>;

const runOf = (options: ScheduleOptions, config: KaopingConfig): ScheduleRun => ({
  runJobs: config.phaseSchedule === 'on' && (options.process === 'worker' || config.runWorker),
});
const SCHEDULE_OPTIONS = Symbol('SCHEDULE_OPTIONS');

/**
 * Runs the phase schedule in this process: the queue (BullMQ on REDIS_URL, else in-process),
 * the handlers, the reconciler following the log, and the outbox projection. Several processes
 * may run it on one Redis: each job runs once.
 */
@Injectable()
class PhaseScheduleRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('phases');
  private scheduler: CycleScheduler | undefined;
  private outboxFeed: Subscription | undefined;

  constructor(
    @Inject(SCHEDULE_OPTIONS) private readonly options: ScheduleRun,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PHASE_JOB_QUEUE) private readonly queue: JobQueue<PhaseJobs>,
    @Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox,
    @Inject(NOTIFICATION_WEBHOOKS) private readonly webhooks: NotificationWebhooks,
    @Inject(WEBHOOK_JOB_QUEUE) private readonly webhookQueue: JobQueue<WebhookJobs>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.outbox.migrate();
    if (!this.options.runJobs) return;
    const clock = new SystemClock();
    // Webhook deliveries run where the outbox is fed; those left pending before a restart go again.
    await this.webhookQueue.start(this.webhooks.handlers(clock));
    await this.webhooks.enqueuePending();
    await this.queue.start(phaseJobHandlers({ store: this.store, clock, queue: this.queue, outbox: this.outbox, log: (line) => this.logger.log(line) }));
    this.scheduler = new CycleScheduler({ store: this.store, queue: this.queue, clock });
    this.scheduler.start();
    this.outboxFeed = this.store.subscribe({
      subscriptionId: 'notification-outbox',
      filter: { eventTypes: NOTIFYING_EVENT_TYPES },
      // Replays from the start on every boot; the rows are idempotent by event id.
      checkpoints: new InMemoryCheckpointStore(),
      handle: (events) => this.outbox.project(events),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.outboxFeed?.stop();
    await this.scheduler?.stop();
    await this.queue.close();
    await this.webhookQueue.close();
  }
}

@Module({})
export class ScheduleModule {
  static forRoot(options: ScheduleOptions): DynamicModule {
    return {
      module: ScheduleModule,
      providers: [
        { provide: SCHEDULE_OPTIONS, inject: [KAOPING_CONFIG], useFactory: (config: KaopingConfig) => runOf(options, config) },
        {
          provide: PHASE_JOB_QUEUE,
          inject: [REDIS],
          useFactory: (redis: OptionalRedis): JobQueue<PhaseJobs> =>
            redis
              ? new BullmqJobQueue<PhaseJobs>({ connection: redis, queueName: PHASE_QUEUE, isPermanent: isPermanentPhaseJobError, concurrency: 4 })
              : new InProcessJobQueue<PhaseJobs>({ isPermanent: isPermanentPhaseJobError }),
        },
        {
          // Deliveries retried with exponential backoff from 5 s, 8 attempts (about 10 minutes in all), by default.
          provide: WEBHOOK_JOB_QUEUE,
          inject: [REDIS, KAOPING_CONFIG],
          useFactory: (redis: OptionalRedis, config: KaopingConfig): JobQueue<WebhookJobs> => {
            const retries = { attempts: config.webhookAttempts, backoffMs: config.webhookBackoffMs };
            return redis
              ? new BullmqJobQueue<WebhookJobs>({ connection: redis, queueName: WEBHOOK_QUEUE, ...retries, concurrency: 4 })
              : new InProcessJobQueue<WebhookJobs>(retries);
          },
        },
        {
          provide: NOTIFICATION_WEBHOOKS,
          inject: [SQL_DATABASE, KAOPING_CONFIG, WEBHOOK_JOB_QUEUE],
          useFactory: (database: SqlDatabase, config: KaopingConfig, queue: JobQueue<WebhookJobs>) =>
            new NotificationWebhooks({ client: database.client, schema: config.databaseSchema, queue, attempts: config.webhookAttempts }),
        },
        {
          provide: NOTIFICATION_OUTBOX,
          inject: [SQL_DATABASE, KAOPING_CONFIG, NOTIFICATION_WEBHOOKS],
          useFactory: (database: SqlDatabase, config: KaopingConfig, webhooks: NotificationWebhooks) =>
            new NotificationOutbox({ client: database.client, schema: config.databaseSchema, follower: webhooks }),
        },
        PhaseScheduleRunner,
      ],
      exports: [PHASE_JOB_QUEUE, WEBHOOK_JOB_QUEUE, NOTIFICATION_OUTBOX, NOTIFICATION_WEBHOOKS],
    };
  }
}
