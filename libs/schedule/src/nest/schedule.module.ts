import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { BullmqJobQueue, InProcessJobQueue, SystemClock, type JobQueue } from '@kaoping/jobs';
import {
  EVENT_STORE,
  KAOPING_CONFIG,
  LogReaction,
  REDIS,
  ReactsTo,
  SQL_DATABASE,
  runsBackgroundWork,
  type KaopingConfig,
  type OptionalRedis,
  type SqlDatabase,
} from '@kaoping/runtime';
import { isPermanentPhaseJobError } from '../handling/phase-job.errors';
import { phaseJobHandlers } from '../handling/phase-job.handlers';
import { PHASE_QUEUE, type PhaseJobs } from '../jobs/phase-jobs.catalog';
import { NOTIFYING_EVENT_TYPES, NotificationOutbox } from '../notifications/notification-outbox';
import { CycleScheduler, SCHEDULE_TRIGGERS } from '../reconciling/cycle-scheduler';
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
  runJobs: config.phaseSchedule === 'on' && runsBackgroundWork(options.process, config),
});
const SCHEDULE_OPTIONS = Symbol('SCHEDULE_OPTIONS');
const SYSTEM_CLOCK = Symbol('SYSTEM_CLOCK');
/** The reconciler of the phase jobs where they run, else null. */
const CYCLE_SCHEDULER = Symbol('CYCLE_SCHEDULER');

/**
 * Runs the phase schedule in this process: the queue (BullMQ on REDIS_URL, else in-process),
 * the handlers, and every cycle's jobs derived again at boot. Several processes may run it on one
 * Redis: each job runs once. The log reaches the reconciler and the outbox through the app's
 * reactions feed (below); all of this is ready before it starts (onModuleInit comes first).
 */
@Injectable()
class PhaseScheduleRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('phases');

  constructor(
    @Inject(SCHEDULE_OPTIONS) private readonly options: ScheduleRun,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SYSTEM_CLOCK) private readonly clock: SystemClock,
    @Inject(PHASE_JOB_QUEUE) private readonly queue: JobQueue<PhaseJobs>,
    @Inject(CYCLE_SCHEDULER) private readonly scheduler: CycleScheduler | null,
    @Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox,
    @Inject(NOTIFICATION_WEBHOOKS) private readonly webhooks: NotificationWebhooks,
    @Inject(WEBHOOK_JOB_QUEUE) private readonly webhookQueue: JobQueue<WebhookJobs>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.outbox.migrate();
    if (!this.options.runJobs || this.scheduler === null) return;
    const clock = this.clock;
    // Webhook deliveries run where the outbox is fed; those left pending before a restart go again.
    await this.webhookQueue.start(this.webhooks.handlers(clock));
    await this.webhooks.enqueuePending();
    await this.queue.start(phaseJobHandlers({ store: this.store, clock, queue: this.queue, outbox: this.outbox, log: (line) => this.logger.log(line) }));
    // The in-process queue forgot every job, and trigger events before the feed's checkpoint are not delivered again.
    await this.scheduler.reconcileAll();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler?.stop();
    await this.queue.close();
    await this.webhookQueue.close();
  }
}

/** A trigger event reconciles the jobs of the cycle it touches (where the phase jobs run). */
@ReactsTo(...SCHEDULE_TRIGGERS)
class CycleRescheduled extends LogReaction {
  constructor(@Inject(CYCLE_SCHEDULER) private readonly scheduler: CycleScheduler | null) {
    super();
  }

  protected async react(event: RecordedEvent): Promise<void> {
    // Where the jobs do not run, nothing is enqueued: the process that runs them reconciles every cycle when it starts.
    await this.scheduler?.reconcileAfter([event]);
  }
}

/** A reminder, an overdue deadline or an overdue rectification gives notices (rows keyed by event id: idempotent). */
@ReactsTo(...NOTIFYING_EVENT_TYPES)
class NoticesAdded extends LogReaction {
  constructor(@Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox) {
    super();
  }

  protected react(event: RecordedEvent): Promise<void> {
    return this.outbox.project([event]);
  }
}

@Module({})
export class ScheduleModule {
  static forRoot(options: ScheduleOptions): DynamicModule {
    return {
      module: ScheduleModule,
      providers: [
        { provide: SCHEDULE_OPTIONS, inject: [KAOPING_CONFIG], useFactory: (config: KaopingConfig) => runOf(options, config) },
        { provide: SYSTEM_CLOCK, useFactory: () => new SystemClock() },
        {
          provide: CYCLE_SCHEDULER,
          inject: [SCHEDULE_OPTIONS, EVENT_STORE, PHASE_JOB_QUEUE, SYSTEM_CLOCK],
          useFactory: (run: ScheduleRun, store: EventStore, queue: JobQueue<PhaseJobs>, clock: SystemClock): CycleScheduler | null =>
            run.runJobs ? new CycleScheduler({ store, queue, clock }) : null,
        },
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
        CycleRescheduled,
        NoticesAdded,
      ],
      exports: [PHASE_JOB_QUEUE, WEBHOOK_JOB_QUEUE, NOTIFICATION_OUTBOX, NOTIFICATION_WEBHOOKS],
    };
  }
}
