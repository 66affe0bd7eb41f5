import { randomUUID } from 'node:crypto';
import { EventStore } from './event-store';
import type { NewEvent, RecordedEvent } from './event-store.port';
import { IdempotencyMismatchError, InvalidInputError, WrongExpectedRevisionError } from './event-store.errors';
import { GENESIS_HASH, eventHash } from './hash-chain/hash-chain.util';
import { InMemoryCheckpointStore } from './subscriptions/in-memory-checkpoint-store';
import { InMemoryFakeAdapter } from './testing/in-memory.fake-adapter';

const actor = { actorId: 'office-01', role: 'performance-office' };
const fact = (type: string, data: NewEvent['data'] = {}, id?: string): NewEvent => ({
  ...(id === undefined ? {} : { id }),
  type,
  data,
  metadata: actor,
});

const storeWithFake = (): { store: EventStore; adapter: InMemoryFakeAdapter } => {
  const adapter = new InMemoryFakeAdapter();
  return { adapter, store: new EventStore(adapter, { now: () => new Date('2026-05-04T03:02:01.000Z') }) };
};

const rejection = async (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('EventStore over a fake adapter', () => {
  describe('appending', () => {
    it('gives events without an id a v7 UUID, keeps given ids in lower case and stamps the clock’s time', async () => {
      const { store } = storeWithFake();
      const given = randomUUID().toUpperCase();

      const { events } = await store.appendToStream('unit-1', [fact('A'), fact('B', {}, given)], {
        expectedRevision: 'no_stream',
      });

      expect(events[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(events[1]?.id).toBe(given.toLowerCase());
      expect(events.map((e) => e.recordedAt)).toEqual(['2026-05-04T03:02:01.000Z', '2026-05-04T03:02:01.000Z']);
    });

    it('chains each stream’s hashes from 64 zeros across appends, independently of other streams', async () => {
      const { store } = storeWithFake();
      await store.appendToStream('unit-1', [fact('A'), fact('B')], { expectedRevision: 'no_stream' });
      await store.appendToStream('unit-2', [fact('A')], { expectedRevision: 'no_stream' });
      await store.appendToStream('unit-1', [fact('C')], { expectedRevision: 1 });

      const unit1 = await store.readStream('unit-1');
      const [unit2] = await store.readStream('unit-2');

      expect(unit1.map((e) => e.prevHash)).toEqual([GENESIS_HASH, unit1[0]?.hash, unit1[1]?.hash]);
      expect(unit1.map((e) => e.hash)).toEqual(unit1.map((e) => eventHash(e.prevHash, e)));
      expect(unit2?.prevHash).toBe(GENESIS_HASH);
    });

    it('stores a copy of the data: changing the caller’s object afterwards changes nothing', async () => {
      const { store } = storeWithFake();
      const data = { items: ['a'] };
      await store.appendToStream('unit-1', [fact('A', data)], { expectedRevision: 'any' });

      data.items.push('b');

      expect((await store.readStream('unit-1'))[0]?.data).toEqual({ items: ['a'] });
      expect((await store.verify()).ok).toBe(true);
    });

    it('never reaches the adapter with invalid input', async () => {
      const { store, adapter } = storeWithFake();

      const error = await rejection(store.appendToStream(' ', [fact('A')], { expectedRevision: 'any' }));

      expect(error).toBeInstanceOf(InvalidInputError);
      expect(adapter.appendCalls).toBe(0);
    });
  });

  describe('idempotency and expected revision', () => {
    it('answers a retry with the original result before looking at the (now stale) expected revision', async () => {
      const { store } = storeWithFake();
      const id = randomUUID();
      const original = await store.appendToStream('unit-1', [fact('A', {}, id)], { expectedRevision: 'no_stream' });
      await store.appendToStream('unit-1', [fact('B')], { expectedRevision: 0 });

      const retry = await store.appendToStream('unit-1', [fact('A', {}, id)], { expectedRevision: 'no_stream' });

      expect(retry).toEqual({ ...original, alreadyAppended: true });
    });

    it('names the stored and the new ids when only some ids are stored', async () => {
      const { store } = storeWithFake();
      const [stored, fresh] = [randomUUID(), randomUUID()];
      await store.appendToStream('unit-1', [fact('A', {}, stored)], { expectedRevision: 'any' });

      const error = await rejection(
        store.appendToStream('unit-1', [fact('A', {}, stored), fact('B', {}, fresh)], { expectedRevision: 'any' }),
      );

      expect(error).toBeInstanceOf(IdempotencyMismatchError);
      expect(error).toMatchObject({ details: { storedIds: [{ id: stored, streamId: 'unit-1' }], newIds: [fresh] } });
    });

    it('reports a conflict as plain data the API can render', async () => {
      const { store } = storeWithFake();
      await store.appendToStream('unit-1', [fact('A')], { expectedRevision: 'no_stream' });

      const error = await rejection(store.appendToStream('unit-1', [fact('B')], { expectedRevision: 5 }));

      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(JSON.parse(JSON.stringify(error))).toEqual({
        code: 'wrong-expected-revision',
        message: "stream 'unit-1': expected revision 5, actual 0",
        details: { streamId: 'unit-1', expected: 5, actual: 0 },
      });
    });
  });

  describe('verify', () => {
    const threeEvents = async (): Promise<{ store: EventStore; adapter: InMemoryFakeAdapter }> => {
      const setup = storeWithFake();
      await setup.store.appendToStream('unit-1', [fact('A', { n: 1 }), fact('B', { n: 2 }), fact('C', { n: 3 })], {
        expectedRevision: 'no_stream',
      });
      return setup;
    };
    const replace = (adapter: InMemoryFakeAdapter, index: number, change: (e: RecordedEvent) => RecordedEvent): void => {
      const original = adapter.log[index];
      if (original === undefined) throw new Error(`no event at ${index}`);
      adapter.log[index] = change(original);
    };

    it('reports altered data as a hash mismatch and counts what it checked', async () => {
      const { store, adapter } = await threeEvents();
      replace(adapter, 1, (e) => ({ ...e, data: { n: 20 } }));

      expect(await store.verify()).toMatchObject({
        ok: false,
        streamsChecked: 1,
        eventsChecked: 3,
        brokenLinks: 1,
        firstBroken: { revision: 1, problem: 'hash-mismatch' },
      });
    });

    it('reports an event re-hashed onto a forged previous hash as a prev-hash mismatch', async () => {
      const { store, adapter } = await threeEvents();
      const forged = 'f'.repeat(64);
      replace(adapter, 1, (e) => ({ ...e, prevHash: forged, hash: eventHash(forged, e) }));

      expect((await store.verify()).firstBroken).toMatchObject({ revision: 1, problem: 'prev-hash-mismatch', actual: forged });
    });

    it('reports a removed event as a revision gap', async () => {
      const { store, adapter } = await threeEvents();
      adapter.log.splice(1, 1);

      expect((await store.verify()).firstBroken).toMatchObject({ revision: 2, problem: 'revision-gap', expected: '1', actual: '2' });
    });
  });

  describe('subscriptions', () => {
    const appendFive = async (store: EventStore): Promise<void> => {
      for (let n = 0; n < 5; n++) await store.appendToStream(`unit-${n % 2}`, [fact('A', { n })], { expectedRevision: 'any' });
    };

    it('delivers batches in global order and stores the checkpoint after each batch', async () => {
      const { store } = storeWithFake();
      await appendFive(store);
      const checkpoints = new InMemoryCheckpointStore();
      const batches: bigint[][] = [];

      const subscription = store.subscribe({
        subscriptionId: 'p',
        checkpoints,
        batchSize: 2,
        pollIntervalMs: 1,
        handle: async (events) => {
          batches.push(events.map((e) => e.globalPosition));
        },
      });
      await subscription.caughtUpTo(5n);
      await subscription.stop();

      expect(batches).toEqual([[1n, 2n], [3n, 4n], [5n]]);
      expect(await checkpoints.load('p')).toBe(5n);
      expect(await subscription.ended).toEqual({ kind: 'stopped' });
    });

    it('reads larger pages while behind, up to maxBatchSize, and batchSize again once caught up', async () => {
      const { store } = storeWithFake();
      for (let n = 0; n < 20; n++) await store.appendToStream(`unit-${n % 3}`, [fact('A', { n })], { expectedRevision: 'any' });
      const sizes: number[] = [];
      const subscription = store.subscribe({
        subscriptionId: 'p',
        checkpoints: new InMemoryCheckpointStore(),
        batchSize: 2,
        maxBatchSize: 6,
        pollIntervalMs: 1,
        handle: async (events) => {
          sizes.push(events.length);
        },
      });
      await subscription.caughtUpTo(20n);
      // Caught up (a short page): the next events come in pages of batchSize again.
      for (let n = 0; n < 3; n++) await store.appendToStream('unit-9', [fact('A', { n })], { expectedRevision: 'any' });
      await subscription.caughtUpTo(23n);
      await subscription.stop();

      // 2, 4, then 6 at most; 20 events in 2 + 4 + 6 + 6 + 2; the three later ones arrive while it polls.
      expect(sizes.slice(0, 5)).toEqual([2, 4, 6, 6, 2]);
      expect(sizes.slice(5).every((size) => size <= 2)).toBe(true);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(23);
    });

    it('refuses a maxBatchSize below batchSize, naming the field', () => {
      const { store } = storeWithFake();
      const subscribe = (): unknown => store.subscribe({ subscriptionId: 'p', checkpoints: new InMemoryCheckpointStore(), handle: async () => undefined, batchSize: 10, maxBatchSize: 5 });

      expect(subscribe).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ path: 'maxBatchSize', rule: 'below-batch-size' })] }));
    });

    it('resumes after the stored checkpoint', async () => {
      const { store } = storeWithFake();
      await appendFive(store);
      const checkpoints = new InMemoryCheckpointStore();
      await checkpoints.store('p', 3n);
      const seen: bigint[] = [];

      const subscription = store.subscribe({
        subscriptionId: 'p',
        checkpoints,
        pollIntervalMs: 1,
        handle: async (events) => {
          seen.push(...events.map((e) => e.globalPosition));
        },
      });
      await subscription.caughtUpTo(5n);
      await subscription.stop();

      expect(seen).toEqual([4n, 5n]);
    });

    it('lets stop wait for the batch in flight, checkpoint included', async () => {
      const { store } = storeWithFake();
      await appendFive(store);
      const checkpoints = new InMemoryCheckpointStore();
      const steps: string[] = [];
      let release = (): void => undefined;
      let handling = (): void => undefined;
      const handlingStarted = new Promise<void>((resolve) => (handling = resolve));

      const subscription = store.subscribe({
        subscriptionId: 'p',
        checkpoints,
        pollIntervalMs: 1,
        handle: async () => {
          handling();
          await new Promise<void>((resolve) => (release = resolve));
          steps.push('handled');
        },
      });
      await handlingStarted;
      const stopped = subscription.stop().then(() => steps.push('stopped'));
      steps.push('released');
      release();
      await stopped;

      expect(steps).toEqual(['released', 'handled', 'stopped']);
      expect(await checkpoints.load('p')).toBe(5n);
    });

    it('reads no page while the head is not past its checkpoint: an idle subscription asks for the head, not the log', async () => {
      const { store, adapter } = storeWithFake();
      await appendFive(store);
      const subscription = store.subscribe({ subscriptionId: 'p', checkpoints: new InMemoryCheckpointStore(), pollIntervalMs: 1, handle: async () => undefined });
      await subscription.caughtUpTo(5n);
      const readAll = jest.spyOn(adapter, 'readAll');
      const headPosition = jest.spyOn(adapter, 'headPosition');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const idlePolls = headPosition.mock.calls.length;
      const idleReads = readAll.mock.calls.length;
      await store.appendToStream('unit-9', [fact('A')], { expectedRevision: 'any' });
      await subscription.caughtUpTo(6n);
      await subscription.stop();

      expect(idlePolls).toBeGreaterThan(2);
      expect(idleReads).toBe(0);
      // The append moved the head past the checkpoint: that poll read its page.
      expect(readAll.mock.calls.map(([request]) => request.after)).toContain(5n);
    });

    describe('pacing', () => {
      const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
      /** A subscription over five events whose first batch takes at least 100 ms, then ready for more. */
      const pacedAfterSlowBatch = async (pacing: Readonly<{ ratio: number; maxMs: number }>) => {
        const { store } = storeWithFake();
        await appendFive(store);
        const batches: bigint[][] = [];
        const subscription = store.subscribe({
          subscriptionId: 'p',
          checkpoints: new InMemoryCheckpointStore(),
          pollIntervalMs: 1,
          pacing,
          handle: async (events) => {
            batches.push(events.map((e) => e.globalPosition));
            if (batches.length === 1) await sleep(100);
          },
        });
        await subscription.caughtUpTo(5n);
        const append = (): Promise<unknown> => store.appendToStream('unit-9', [fact('A')], { expectedRevision: 'any' });
        return { subscription, batches, append };
      };
      /** `work`, or a rejection after `ms` (the timer cleared either way). */
      const within = async <T,>(work: Promise<T>, ms: number): Promise<T> => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        try {
          return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)))]);
        } finally {
          clearTimeout(timer);
        }
      };
      /** Resolves when `check` holds, polling; rejects after `ms`. */
      const until = async (check: () => boolean, ms: number): Promise<void> => {
        for (const end = Date.now() + ms; !check(); await sleep(5)) if (Date.now() > end) throw new Error(`not within ${ms} ms`);
      };

      it('handles events that arrive while it rests after a batch together, in one batch', async () => {
        // The rest: at least 10 × 100 ms after the first batch; the two appends are 50 ms apart.
        const { subscription, batches, append } = await pacedAfterSlowBatch({ ratio: 10, maxMs: 60_000 });
        await append();
        await sleep(50);
        await append();
        await until(() => batches.length === 2, 30_000);
        await subscription.stop();

        expect(batches).toEqual([[1n, 2n, 3n, 4n, 5n], [6n, 7n]]);
      });

      it('ends the rest for someone waiting for a position', async () => {
        // Unbroken, the rest would last 60 s, longer than this test may run.
        const { subscription, batches, append } = await pacedAfterSlowBatch({ ratio: 1_000, maxMs: 60_000 });
        await append();
        await sleep(100);
        await within(subscription.caughtUpTo(6n), 20_000);
        await subscription.stop();

        expect(batches).toEqual([[1n, 2n, 3n, 4n, 5n], [6n]]);
      });

      it('rests no longer than maxMs', async () => {
        // ratio × 100 ms would be 100 s; maxMs bounds it to 200 ms.
        const { subscription, batches, append } = await pacedAfterSlowBatch({ ratio: 1_000, maxMs: 200 });
        await append();
        await until(() => batches.length === 2, 20_000);
        await subscription.stop();

        expect(batches).toEqual([[1n, 2n, 3n, 4n, 5n], [6n]]);
      });

      it('stops at once while resting', async () => {
        const { subscription, append } = await pacedAfterSlowBatch({ ratio: 1_000, maxMs: 60_000 });
        await append();
        await sleep(50);

        await within(subscription.stop(), 20_000);
        expect(await subscription.ended).toEqual({ kind: 'stopped' });
      });

      it('refuses a pacing that is not two non-negative numbers', () => {
        const { store } = storeWithFake();
        const subscribe = (pacing: unknown) => () =>
          store.subscribe({ subscriptionId: 'p', checkpoints: new InMemoryCheckpointStore(), handle: async () => undefined, pacing: pacing as { ratio: number; maxMs: number } });

        expect(subscribe({ ratio: -1, maxMs: 10 })).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ path: 'pacing.ratio' })] }));
        expect(subscribe({ ratio: 1, maxMs: Number.POSITIVE_INFINITY })).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ path: 'pacing.maxMs' })] }));
      });
    });

    it('ends as failed when the handler throws, keeping the last good checkpoint and rejecting those waiting', async () => {
      const { store } = storeWithFake();
      await appendFive(store);
      const checkpoints = new InMemoryCheckpointStore();
      const broken = new Error('projection table missing');

      const subscription = store.subscribe({
        subscriptionId: 'p',
        checkpoints,
        batchSize: 2,
        pollIntervalMs: 1,
        handle: async (events) => {
          if (events.some((e) => e.globalPosition === 3n)) throw broken;
        },
      });

      await expect(subscription.caughtUpTo(5n)).rejects.toThrow("subscription 'p' failed before reaching position 5");
      expect(await subscription.ended).toEqual({ kind: 'failed', error: broken });
      expect(await checkpoints.load('p')).toBe(2n);
    });
  });
});
