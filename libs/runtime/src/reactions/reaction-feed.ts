import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventBus } from '@nestjs/cqrs';
import { SqlCheckpointStore, type EventStore, type RecordedEvent, type Subscription } from '@kaoping/eventstore';
import type { KaopingConfig } from '../config';
import type { SqlDatabase } from '../event-store.module';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE } from '../tokens';
import { LogReaction, loggedEventOf, reactsTo, type ReactionOutcome } from './log-reaction';

/** The checkpoint of the reactions feed, in `<schema>.checkpoints`. */
export const REACTIONS_SUBSCRIPTION = 'reactions';

export type ReactionFeedOptions = Readonly<{
  /** Whether this process runs the feed (see `runsBackgroundWork`). */
  runs: boolean;
  /** The first pause before delivering a failed event again (default 1 s); it doubles with each failure. */
  restartDelayMs?: number;
  /** The longest pause between two deliveries of a failing event (default 60 s). */
  maxRestartDelayMs?: number;
  pollIntervalMs?: number;
}>;
export const REACTION_FEED_OPTIONS = Symbol('REACTION_FEED_OPTIONS');

/** Reactions failed on an event of the log: which event, which reactions, why. */
export class ReactionFailed extends Error {
  constructor(
    readonly event: RecordedEvent,
    readonly failures: readonly Readonly<{ reaction: string; failure: unknown }>[],
  ) {
    const why = failures.map((f) => `${f.reaction}: ${f.failure instanceof Error ? f.failure.message : String(f.failure)}`).join('; ');
    super(`reactions to ${event.type} ${event.id} (stream ${event.streamId}, position ${event.globalPosition}) failed: ${why}`);
    this.name = 'ReactionFailed';
  }
}

type Registered = Readonly<{ name: string; types: readonly string[] }>;

/**
 * The one checkpointed subscription that carries the log to the in-process reactions over the
 * @nestjs/cqrs EventBus. For each event, in log order, it publishes the event's
 * {@link loggedEventOf} class on the bus and waits until every {@link LogReaction} for that type
 * has finished; the checkpoint moves past a batch only after that, so a crash loses nothing
 * acknowledged (at least once: reactions are idempotent). When a reaction fails, the feed stops
 * at the event, logs which reaction failed and why, and starts again from its checkpoint after a
 * pause that doubles up to a minute — the event is delivered again until every reaction takes it.
 *
 * The bus's own `publish` waits for no handler, so each reaction reports the promise of its work
 * on the event it receives, and the feed checks that as many reactions began as are registered
 * for the type (all are singletons: the bus starts them while `publish` runs).
 */
@Injectable()
export class ReactionFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('reactions');
  private readonly checkpoints: SqlCheckpointStore;
  private reactions: readonly Registered[] = [];
  private subscription: Subscription | undefined;
  private restart: ReturnType<typeof setTimeout> | undefined;
  private stopping = false;
  private failures = 0;
  private awaitingRestart: Array<() => void> = [];

  constructor(
    @Inject(REACTION_FEED_OPTIONS) private readonly options: ReactionFeedOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
    private readonly bus: EventBus,
    private readonly discovery: DiscoveryService,
  ) {
    this.checkpoints = new SqlCheckpointStore(database.client, config.databaseSchema);
  }

  /** Runs after the global CqrsModule has bound the handlers to the bus (global modules bootstrap first). */
  async onApplicationBootstrap(): Promise<void> {
    this.reactions = this.discover();
    if (!this.options.runs || this.reactions.length === 0) return;
    await this.migrate();
    this.subscribe();
    this.logger.log(`reactions running: ${this.reactions.map((r) => r.name).join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.restart !== undefined) clearTimeout(this.restart);
    await this.subscription?.stop();
    for (const resume of this.awaitingRestart.splice(0)) resume();
  }

  /** Whether this process runs the feed. */
  get running(): boolean {
    return this.subscription !== undefined;
  }

  /** Resolves when every reaction has finished with every event up to `position` (follows restarts). */
  async caughtUpTo(position: bigint): Promise<void> {
    for (;;) {
      const subscription = this.subscription;
      if (subscription === undefined) throw new Error('the reactions feed does not run in this process');
      try {
        await subscription.caughtUpTo(position);
        return;
      } catch (error: unknown) {
        if (this.stopping) throw error;
        // Failed at a reaction: wait for the subscription started again from the checkpoint.
        if (this.subscription === subscription) await new Promise<void>((resolve) => this.awaitingRestart.push(resolve));
      }
    }
  }

  /** How far the feed got (null before its first batch). */
  checkpoint(): Promise<bigint | null> {
    return this.checkpoints.load(REACTIONS_SUBSCRIPTION);
  }

  private discover(): readonly Registered[] {
    const found: Registered[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const types = reactsTo(wrapper.metatype);
      if (types.length === 0) continue;
      const name = wrapper.name === undefined ? 'reaction' : String(wrapper.name);
      if (!(wrapper.instance instanceof LogReaction) || !wrapper.isDependencyTreeStatic()) {
        throw new Error(`${name} reacts to ${types.join(', ')}: it must extend LogReaction and be a singleton (the feed waits for it while the bus runs it)`);
      }
      found.push({ name, types });
    }
    return found;
  }

  private async migrate(): Promise<void> {
    // The SQL stores create this table with their events; with KurrentDB it lives in the SQL database alone.
    const schema = this.config.databaseSchema;
    await this.database.client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await this.database.client.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".checkpoints (subscription_id text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  private subscribe(): void {
    const types = [...new Set(this.reactions.flatMap((r) => r.types))];
    const subscription = this.store.subscribe({
      subscriptionId: REACTIONS_SUBSCRIPTION,
      filter: { eventTypes: types },
      checkpoints: this.checkpoints,
      ...(this.options.pollIntervalMs === undefined ? {} : { pollIntervalMs: this.options.pollIntervalMs }),
      handle: async (events) => {
        for (const event of events) await this.deliver(event);
        if (this.failures > 0) {
          this.logger.log(`reactions resumed: they took the event they had stopped at (after ${this.failures} failed deliveries)`);
          this.failures = 0;
        }
      },
    });
    this.subscription = subscription;
    for (const resume of this.awaitingRestart.splice(0)) resume();
    void subscription.ended.then((end) => {
      if (end.kind !== 'failed' || this.stopping) return;
      this.failures += 1;
      const first = this.options.restartDelayMs ?? 1000;
      const delayMs = Math.min(first * 2 ** Math.min(this.failures - 1, 20), this.options.maxRestartDelayMs ?? 60_000);
      this.logger.error(
        `reactions STOPPED (failure ${this.failures}; checkpoint kept before the event; delivered again in ${delayMs} ms): ${end.error instanceof Error ? end.error.message : String(end.error)}`,
      );
      this.restart = setTimeout(() => {
        this.restart = undefined;
        if (!this.stopping) this.subscribe();
      }, delayMs);
    });
  }

  /** Publishes one event on the bus and waits for every reaction to it. */
  private async deliver(event: RecordedEvent): Promise<void> {
    const logged = new (loggedEventOf(event.type))(event);
    this.bus.publish(logged);
    const outcomes: readonly ReactionOutcome[] = await logged.outcomes();
    const expected = this.reactions.filter((r) => r.types.includes(event.type)).map((r) => r.name);
    const failures = outcomes.flatMap((o) => (o.failure === undefined ? [] : [{ reaction: o.reaction, failure: o.failure }]));
    const missing = expected.length - outcomes.length;
    if (missing > 0) failures.push({ reaction: `${missing} of ${expected.join(', ')}`, failure: new Error('did not start on the bus') });
    if (failures.length > 0) throw new ReactionFailed(event, failures);
  }
}
