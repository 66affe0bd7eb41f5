import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule, EventBus } from '@nestjs/cqrs';
import { LogSigner, type EventStore, type RecordedEvent } from '@kaoping/eventstore';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { loadConfig, type KaopingConfig } from '../config';
import { ConfigModule } from '../config.module';
import { EventStoreModule, openDatabase, openEventStore } from '../event-store.module';
import { EVENT_STORE } from '../tokens';
import { LogReaction, LoggedEvent, ReactsTo } from './log-reaction';
import { ReactionFeed } from './reaction-feed';
import { ReactionsModule } from './reactions.module';

/** A reaction that keeps what it was handed; it refuses a lamp while `locked` says so. */
@Injectable()
@ReactsTo('LampLit')
class LampKeeper extends LogReaction {
  readonly taken: string[] = [];
  refusals = 0;
  locked: (event: RecordedEvent) => boolean = () => false;
  private refused: Array<() => void> = [];

  /** Resolves at the reaction's n-th refusal. */
  refusal(n: number): Promise<void> {
    return new Promise((resolve) => this.refused.push(() => (this.refusals >= n ? resolve() : undefined)));
  }

  protected async react(event: RecordedEvent): Promise<void> {
    if (this.locked(event)) {
      this.refusals += 1;
      for (const told of this.refused) told();
      throw new Error('the lamp room is locked');
    }
    this.taken.push(String((event.data as Readonly<Record<string, unknown>>)['lamp']));
  }
}

@Module({ providers: [LampKeeper] })
class LampsModule {}

const lit = (lamp: string) => ({ type: 'LampLit', data: { lamp }, metadata: { actorId: 'keeper', role: 'system' } });

describe('the reactions feed: one checkpointed subscription over the EventBus (PostgreSQL)', () => {
  let schema: TestSchema;
  let config: KaopingConfig;
  const running: INestApplicationContext[] = [];

  const boot = async (): Promise<INestApplicationContext> => {
    @Module({ imports: [ConfigModule.forRoot(config), EventStoreModule, CqrsModule.forRoot(), ReactionsModule.forRoot({ process: 'worker', restartDelayMs: 10, pollIntervalMs: 20 }), LampsModule] })
    class ReactionsUnderTest {}
    const app = await NestFactory.createApplicationContext(ReactionsUnderTest, { logger: false });
    await app.init();
    running.push(app);
    return app;
  };
  const caughtUp = async (app: INestApplicationContext): Promise<void> => {
    await app.get(ReactionFeed).caughtUpTo(await app.get<EventStore>(EVENT_STORE).headPosition());
  };

  beforeAll(() => assertTestDatabaseReachable());
  beforeEach(async () => {
    schema = await freshTestSchema({ label: 'reactions' });
    config = loadConfig({ EVENT_STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.name, LOG_LEVEL: 'error', LOG_SIGNING_KEY: LogSigner.generate().pem() });
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.close();
    await schema.drop();
  });

  it('hands an event of the log to its reaction through the EventBus, and moves the checkpoint past it once the reaction is done', async () => {
    const app = await boot();
    const onTheBus: string[] = [];
    const watching = app.get(EventBus).subscribe((published) => {
      if (published instanceof LoggedEvent) onTheBus.push(`${published.constructor.name} ${published.event.id}`);
    });
    const appended = await app.get<EventStore>(EVENT_STORE).appendToStream('lamp-1', [lit('east')], { expectedRevision: 'no_stream' });

    await caughtUp(app);
    watching.unsubscribe();

    expect(app.get(LampKeeper).taken).toEqual(['east']);
    expect(onTheBus).toEqual([`LampLit ${appended.events[0]?.id}`]);
    expect(await app.get(ReactionFeed).checkpoint()).toBeGreaterThanOrEqual(appended.lastGlobalPosition);
  });

  it('keeps the checkpoint before an event a reaction fails on, and delivers it again until the reaction takes it', async () => {
    const app = await boot();
    const keeper = app.get(LampKeeper);
    keeper.locked = (event) => String((event.data as Readonly<Record<string, unknown>>)['lamp']) === 'west' && keeper.refusals < 2;
    const secondRefusal = keeper.refusal(2);
    const store = app.get<EventStore>(EVENT_STORE);
    const west = await store.appendToStream('lamp-2', [lit('west')], { expectedRevision: 'no_stream' });

    await secondRefusal;
    // Refused twice: the first failure ended the subscription, which started again from the checkpoint.
    expect(await app.get(ReactionFeed).checkpoint() ?? -1n).toBeLessThan(west.lastGlobalPosition);

    await caughtUp(app);
    expect(keeper.taken).toEqual(['west']);
    expect(await app.get(ReactionFeed).checkpoint()).toBeGreaterThanOrEqual(west.lastGlobalPosition);
  });

  it('resumes after a restart from its checkpoint: what was taken before is not handed again, what came meanwhile is', async () => {
    const first = await boot();
    await first.get<EventStore>(EVENT_STORE).appendToStream('lamp-3', [lit('north')], { expectedRevision: 'no_stream' });
    await caughtUp(first);
    expect(first.get(LampKeeper).taken).toEqual(['north']);
    await first.close();
    running.splice(running.indexOf(first), 1);

    // Appended while no feed runs.
    const database = await openDatabase(config);
    const store = await openEventStore(config, database);
    await store.appendToStream('lamp-3', [lit('south')], { expectedRevision: 0 });
    await store.close();
    await database.client.close();

    const second = await boot();
    await caughtUp(second);
    expect(second.get(LampKeeper).taken).toEqual(['south']);
  });
});
