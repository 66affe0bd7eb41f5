import { randomBytes, randomUUID } from 'node:crypto';
import type { EventStore, EventStoreOptions } from '../event-store';
import type { CheckpointStore, ExpectedRevision, NewEvent, RecordedEvent } from '../event-store.port';
import {
  EventStoreError,
  IdempotencyMismatchError,
  InvalidInputError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import { GENESIS_HASH, eventHash } from '../hash-chain/hash-chain.util';
import { storedDataOf } from '../stored-data.util';

/** One fresh, empty store for one test. */
export type ContractSubject = Readonly<{
  store: EventStore;
  /** A durable checkpoint store for subscriptions (the adapter's own, or a stand-in). */
  checkpoints: CheckpointStore;
  /** Changes stored events behind the store's back; null when the backend cannot. */
  tamper: Tampering | null;
  dispose(): Promise<void>;
}>;

/** Direct database edits that the store's verify must notice. */
export type Tampering = Readonly<{
  /** Replaces the event's data with other JSON. */
  alterData(eventId: string): Promise<void>;
  deleteEvent(eventId: string): Promise<void>;
}>;

export type ContractFactory = Readonly<{
  create(options: EventStoreOptions): Promise<ContractSubject>;
  /** False where the backend has no global index of event ids (KurrentDB). */
  detectsIdsStoredInOtherStreams: boolean;
  /** True where the adapter wakes subscriptions on append (LISTEN/NOTIFY); the others poll. */
  notifiesAppends: boolean;
}>;

const actor = { actorId: 'office-01', role: 'performance-office' } as const;

const event = (type: string, data: NewEvent['data'] = {}, id?: string): NewEvent => ({
  ...(id === undefined ? {} : { id }),
  type,
  data,
  metadata: actor,
});

const caught = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('expected the call to throw');
};

/** A clock the test moves by hand. */
const manualClock = (start: string): { now: () => Date; set: (iso: string) => void } => {
  let current = new Date(start);
  return { now: () => new Date(current), set: (iso) => (current = new Date(iso)) };
};

const byPosition = (a: RecordedEvent, b: RecordedEvent): number =>
  a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0;

/**
 * The behaviour every event store adapter must show, run against a real backend.
 * Every test works in its own stream prefix, so it also runs against a shared server.
 */
export const describeEventStoreContract = (name: string, factory: ContractFactory): void => {
  describe(`EventStore contract: ${name}`, () => {
    const clock = manualClock('2026-03-01T08:00:00.000Z');
    let subject: ContractSubject;
    let store: EventStore;
    let ns: string;
    const stream = (suffix: string): string => `${ns}-${suffix}`;
    const ownLog = (): Promise<readonly RecordedEvent[]> => store.readAll({ filter: { streamPrefixes: [ns] } });

    beforeEach(async () => {
      clock.set('2026-03-01T08:00:00.000Z');
      subject = await factory.create({ now: clock.now });
      store = subject.store;
      ns = `c${randomBytes(4).toString('hex')}`;
    });

    afterEach(async () => {
      await subject.dispose();
    });

    describe('appending and reading', () => {
      it('stores events with revisions from 0, the clock’s time, v7 ids and a hash chain from 64 zeros', async () => {
        const result = await store.appendToStream(
          stream('unit-7'),
          [event('DataSubmitted', { value: '12.5' }), event('DataCorrected', { value: '13.0' })],
          { expectedRevision: 'no_stream' },
        );
        const read = await store.readStream(stream('unit-7'));

        expect(read.map((e) => e.revision)).toEqual([0, 1]);
        expect(read.map((e) => e.recordedAt)).toEqual(['2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z']);
        expect(read.every((e) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(e.id))).toBe(true);
        expect(read[0]?.id.localeCompare(read[1]?.id ?? '')).toBe(-1);
        expect(read[0]?.prevHash).toBe(GENESIS_HASH);
        expect(read[1]?.prevHash).toBe(read[0]?.hash);
        expect(read.map((e) => eventHash(e.prevHash, e))).toEqual(read.map((e) => e.hash));
        expect(result).toEqual({
          nextExpectedRevision: 1,
          lastGlobalPosition: read[1]?.globalPosition,
          events: read,
          alreadyAppended: false,
        });
      });

      it('reads a stream backwards, between revisions, and at most maxCount events', async () => {
        await store.appendToStream(stream('s'), [0, 1, 2, 3, 4].map((n) => event('Counted', { n })), {
          expectedRevision: 'no_stream',
        });

        const revisions = async (options: Parameters<EventStore['readStream']>[1]): Promise<number[]> =>
          (await store.readStream(stream('s'), options)).map((e) => e.revision);

        expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
        expect(await revisions({ fromRevision: 1, toRevision: 3 })).toEqual([1, 2, 3]);
        expect(await revisions({ direction: 'backwards', fromRevision: 3, toRevision: 2 })).toEqual([3, 2]);
        expect(await revisions({ fromRevision: 2, maxCount: 2 })).toEqual([2, 3]);
        expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([4]);
        expect(await store.readStream(stream('never-written'))).toEqual([]);
      });

      it('reads a stream from a revision to its end: the same events as the whole read from there, none past the end', async () => {
        await store.appendToStream(stream('since'), [0, 1, 2, 3, 4].map((n) => event('Counted', { n })), {
          expectedRevision: 'no_stream',
        });
        const whole = await store.readStream(stream('since'));

        expect(await store.readStream(stream('since'), { fromRevision: 3 })).toEqual(whole.slice(3));
        expect(await store.readStream(stream('since'), { fromRevision: 0 })).toEqual(whole);
        expect(await store.readStream(stream('since'), { fromRevision: 5 })).toEqual([]);
        expect(await store.readStream(stream('never-written'), { fromRevision: 1 })).toEqual([]);
      });

      it('reads the global log after a position, by stream prefix and by event type', async () => {
        await store.appendToStream(stream('unit-1'), [event('DataSubmitted'), event('RatingGiven')], {
          expectedRevision: 'any',
        });
        await store.appendToStream(stream('appeal-1'), [event('AppealFiled')], { expectedRevision: 'any' });
        await store.appendToStream(stream('unit-2'), [event('DataSubmitted')], { expectedRevision: 'any' });
        const all = await ownLog();

        expect(all.map((e) => e.type)).toEqual(['DataSubmitted', 'RatingGiven', 'AppealFiled', 'DataSubmitted']);
        expect([...all].sort(byPosition)).toEqual(all);
        const units = await store.readAll({ filter: { streamPrefixes: [stream('unit-')] } });
        expect(units.map((e) => e.streamId)).toEqual([stream('unit-1'), stream('unit-1'), stream('unit-2')]);
        const submitted = await store.readAll({ filter: { streamPrefixes: [ns], eventTypes: ['DataSubmitted'] } });
        expect(submitted.map((e) => e.streamId)).toEqual([stream('unit-1'), stream('unit-2')]);
        const afterSecond = await store.readAll({ after: all[1]?.globalPosition, filter: { streamPrefixes: [ns] } });
        expect(afterSecond.map((e) => e.type)).toEqual(['AppealFiled', 'DataSubmitted']);
        const firstTwo = await store.readAll({ maxCount: 2, filter: { streamPrefixes: [ns] } });
        expect(firstTwo).toEqual(all.slice(0, 2));
        const upToSecond = await store.readAll({ asOf: { position: all[1]?.globalPosition ?? 0n }, filter: { streamPrefixes: [ns] } });
        expect(upToSecond).toEqual(all.slice(0, 2));
      });

      it('takes a stream prefix as it is written, its % _ and \\ too', async () => {
        for (const id of ['a%b-1', 'aXb-2', 'a_c-1', 'azc-2', 'a\\d-1', 'a\\\\d-2']) {
          await store.appendToStream(stream(id), [event('DataSubmitted')], { expectedRevision: 'no_stream' });
        }
        const streamsOf = async (prefix: string): Promise<string[]> =>
          (await store.readAll({ filter: { streamPrefixes: [stream(prefix)] } })).map((e) => e.streamId);

        expect(await streamsOf('a%b')).toEqual([stream('a%b-1')]);
        expect(await streamsOf('a_c')).toEqual([stream('a_c-1')]);
        expect(await streamsOf('a\\d')).toEqual([stream('a\\d-1')]);
      });
    });

    describe('expected revision', () => {
      const conflictOf = async (expectedRevision: ExpectedRevision, streamId: string): Promise<unknown> =>
        caught(() => store.appendToStream(streamId, [event('RatingGiven')], { expectedRevision }));

      beforeEach(async () => {
        await store.appendToStream(stream('rated'), [event('RatingGiven'), event('RatingGiven')], {
          expectedRevision: 'no_stream',
        });
      });

      it.each<[ExpectedRevision, string, number | 'no_stream']>([
        ['no_stream', 'rated', 1],
        ['stream_exists', 'unrated', 'no_stream'],
        [0, 'rated', 1],
        [2, 'rated', 1],
        [0, 'unrated', 'no_stream'],
      ])('refuses expected %p on stream %s, reporting the actual revision %p', async (expected, suffix, actual) => {
        const error = await conflictOf(expected, stream(suffix));

        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({
          code: 'wrong-expected-revision',
          streamId: stream(suffix),
          expected,
          actual,
          details: { streamId: stream(suffix), expected, actual },
        });
        expect((await ownLog()).length).toBe(2);
      });

      it.each<[ExpectedRevision, string, number]>([
        ['no_stream', 'unrated', 0],
        ['stream_exists', 'rated', 2],
        [1, 'rated', 2],
        ['any', 'rated', 2],
        ['any', 'unrated', 0],
      ])('accepts expected %p on stream %s', async (expectedRevision, suffix, revision) => {
        const result = await store.appendToStream(stream(suffix), [event('RatingGiven')], { expectedRevision });

        expect(result.nextExpectedRevision).toBe(revision);
      });
    });

    describe('concurrency', () => {
      it('lets concurrent writers to one stream with expected revisions and retries write exactly once each, revisions without gaps', async () => {
        const writers = 8;
        const appendsPerWriter = 4;
        const streamId = stream('contended');
        const appendWithRetry = async (writer: number, n: number): Promise<void> => {
          for (;;) {
            const tip = await store.streamTip(streamId);
            try {
              await store.appendToStream(streamId, [event('Counted', { writer, n })], {
                expectedRevision: tip === null ? 'no_stream' : tip.revision,
              });
              return;
            } catch (error: unknown) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
            }
          }
        };

        await Promise.all(
          Array.from({ length: writers }, async (_, writer) => {
            for (let n = 0; n < appendsPerWriter; n++) await appendWithRetry(writer, n);
          }),
        );

        const read = await store.readStream(streamId);
        expect(read.map((e) => e.revision)).toEqual(Array.from({ length: writers * appendsPerWriter }, (_, i) => i));
        const written = read.map((e) => JSON.stringify(e.data)).sort();
        const expected = Array.from({ length: writers * appendsPerWriter }, (_, i) =>
          JSON.stringify({ writer: Math.floor(i / appendsPerWriter), n: i % appendsPerWriter }),
        ).sort();
        expect(written).toEqual(expected);
        expect((await store.verify({ streamPrefix: ns })).ok).toBe(true);
      });

      it('delivers every event of concurrent writers to different streams to a running subscription once, in increasing global order', async () => {
        const delivered: RecordedEvent[] = [];
        const subscription = store.subscribe({
          subscriptionId: `${ns}-projection`,
          filter: { streamPrefixes: [ns] },
          checkpoints: subject.checkpoints,
          batchSize: 7,
          pollIntervalMs: 20,
          handle: async (events) => {
            delivered.push(...events);
          },
        });
        const appended = await Promise.all(
          Array.from({ length: 8 }, async (_, writer) => {
            const ids: string[] = [];
            for (let n = 0; n < 10; n++) {
              const result = await store.appendToStream(
                stream(`unit-${writer}`),
                [event('DataSubmitted', { writer, n }), event('SelfAssessmentSubmitted', { writer, n })],
                { expectedRevision: n === 0 ? 'no_stream' : 2 * n - 1 },
              );
              ids.push(...result.events.map((e) => e.id));
            }
            return ids;
          }),
        );

        await subscription.caughtUpTo(await store.headPosition());
        await subscription.stop();

        const positions = delivered.map((e) => e.globalPosition);
        expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? 0n))).toBe(true);
        expect(delivered.map((e) => e.id).sort()).toEqual(appended.flat().sort());
      });

      it('wakes an idle subscription as soon as events are appended, long before its next poll', async () => {
        if (!factory.notifiesAppends) {
          process.stdout.write(`${name}: subscriptions poll; there is no append notification to test\n`);
          return;
        }
        const delivered: string[] = [];
        const subscription = store.subscribe({
          subscriptionId: `${ns}-idle`,
          filter: { streamPrefixes: [ns] },
          checkpoints: subject.checkpoints,
          pollIntervalMs: 600_000,
          handle: async (events) => {
            delivered.push(...events.map((e) => e.id));
          },
        });
        await subscription.caughtUpTo(await store.headPosition());

        const appended = await store.appendToStream(stream('unit-1'), [event('DataSubmitted')], { expectedRevision: 'any' });
        await subscription.caughtUpTo(appended.lastGlobalPosition);
        await subscription.stop();

        expect(delivered).toEqual(appended.events.map((e) => e.id));
      });

      it('resumes a subscription from its checkpoint across repeated stops and restarts while writes go on, missing and repeating nothing', async () => {
        const delivered: string[] = [];
        const start = () =>
          store.subscribe({
            subscriptionId: `${ns}-restarted`,
            filter: { streamPrefixes: [ns] },
            checkpoints: subject.checkpoints,
            batchSize: 5,
            pollIntervalMs: 20,
            handle: async (events) => {
              delivered.push(...events.map((e) => e.id));
            },
          });
        const written: string[] = [];
        let writing = true;
        const writer = (async () => {
          for (let n = 0; writing || n < 40; n++) {
            const result = await store.appendToStream(stream(`unit-${n % 3}`), [event('DataSubmitted', { n })], {
              expectedRevision: 'any',
            });
            written.push(...result.events.map((e) => e.id));
          }
        })();

        for (let round = 0; round < 6; round++) {
          const subscription = start();
          await subscription.caughtUpTo(await store.headPosition());
          await subscription.stop();
        }
        writing = false;
        await writer;
        const last = start();
        await last.caughtUpTo(await store.headPosition());
        await last.stop();

        expect(new Set(delivered).size).toBe(delivered.length);
        expect([...delivered].sort()).toEqual([...written].sort());
      });
    });

    describe('idempotency by event id', () => {
      it('returns the original result and writes nothing when the same ids are appended again, even with a stale expected revision and after later appends', async () => {
        const ids = [randomUUID(), randomUUID()];
        const streamId = stream('unit-3');
        const original = await store.appendToStream(
          streamId,
          [event('DataSubmitted', { v: 1 }, ids[0]), event('DataSubmitted', { v: 2 }, ids[1])],
          { expectedRevision: 'no_stream' },
        );

        const retry = await store.appendToStream(
          streamId,
          [event('DataSubmitted', { v: 1 }, ids[0]), event('DataSubmitted', { v: 2 }, ids[1])],
          { expectedRevision: 'no_stream' },
        );
        await store.appendToStream(streamId, [event('DataCorrected', { v: 3 })], { expectedRevision: 1 });
        const lateRetry = await store.appendToStream(
          streamId,
          [event('DataSubmitted', { v: 1 }, ids[0]), event('DataSubmitted', { v: 2 }, ids[1])],
          { expectedRevision: 0 },
        );

        expect(retry).toEqual({ ...original, alreadyAppended: true });
        expect(lateRetry).toEqual({ ...original, alreadyAppended: true });
        expect((await store.readStream(streamId)).map((e) => e.revision)).toEqual([0, 1, 2]);
        expect((await ownLog()).length).toBe(3);
      });

      it('accepts ids in upper case as the same ids', async () => {
        const id = randomUUID();
        const original = await store.appendToStream(stream('u'), [event('A', {}, id)], { expectedRevision: 'any' });

        const retry = await store.appendToStream(stream('u'), [event('A', {}, id.toUpperCase())], {
          expectedRevision: 'any',
        });

        expect(retry.events).toEqual(original.events);
        expect(retry.alreadyAppended).toBe(true);
      });

      it('refuses an append where only some ids are already stored, and writes nothing', async () => {
        const stored = randomUUID();
        await store.appendToStream(stream('u'), [event('A', {}, stored)], { expectedRevision: 'no_stream' });

        const error = await caught(() =>
          store.appendToStream(stream('u'), [event('A', {}, stored), event('B', {}, randomUUID())], {
            expectedRevision: 'any',
          }),
        );

        expect(error).toBeInstanceOf(IdempotencyMismatchError);
        expect(error).toMatchObject({ code: 'idempotency-mismatch', details: { storedIds: [{ id: stored }] } });
        expect((await ownLog()).length).toBe(1);
      });

      it('refuses an id already stored in another stream', async () => {
        if (!factory.detectsIdsStoredInOtherStreams) {
          process.stdout.write(`${name}: ids stored in another stream are not detected by this adapter (no global id index)\n`);
          return;
        }
        const id = randomUUID();
        await store.appendToStream(stream('first'), [event('A', {}, id)], { expectedRevision: 'any' });

        const error = await caught(() => store.appendToStream(stream('second'), [event('A', {}, id)], { expectedRevision: 'any' }));

        expect(error).toBeInstanceOf(IdempotencyMismatchError);
        expect(error).toMatchObject({ details: { storedIds: [{ id, streamId: stream('first') }] } });
        expect(await store.readStream(stream('second'))).toEqual([]);
      });
    });

    describe('reading as of a moment', () => {
      it('reads a stream and the log as of a global position and as of a recorded-at time', async () => {
        const streamId = stream('unit-9');
        clock.set('2026-07-10T09:00:00.000Z');
        await store.appendToStream(streamId, [event('DataSubmitted', { value: '1' })], { expectedRevision: 'no_stream' });
        clock.set('2026-07-10T10:00:00.000Z');
        const second = await store.appendToStream(streamId, [event('DataCorrected', { value: '2' })], {
          expectedRevision: 0,
        });
        clock.set('2026-07-10T11:00:00.000Z');
        await store.appendToStream(streamId, [event('DataCorrected', { value: '3' })], { expectedRevision: 1 });

        const values = (events: readonly RecordedEvent[]): unknown[] =>
          events.map((e) => (typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data) ? e.data['value'] : undefined));
        expect(values(await store.readStreamAsOf(streamId, { position: second.lastGlobalPosition }))).toEqual(['1', '2']);
        expect(values(await store.readStreamAsOf(streamId, { time: '2026-07-10T10:30:00Z' }))).toEqual(['1', '2']);
        expect(values(await store.readStreamAsOf(streamId, { time: '2026-07-10T10:00:00.000Z' }))).toEqual(['1', '2']);
        expect(values(await store.readStreamAsOf(streamId, { time: '2026-07-10T18:30:00+08:00' }))).toEqual(['1', '2']);
        expect(await store.readStreamAsOf(streamId, { time: '2026-07-10T08:59:59.999Z' })).toEqual([]);
        expect(values(await store.readAll({ filter: { streamPrefixes: [ns] }, asOf: { time: '2026-07-10T09:59:59Z' } }))).toEqual(['1']);
        expect(values(await store.readAll({ filter: { streamPrefixes: [ns] }, asOf: { position: second.lastGlobalPosition } }))).toEqual(['1', '2']);
      });
    });

    describe('payloads', () => {
      it('round-trips Chinese text, key order and number spelling byte for byte', async () => {
        const data = {
          标题: '考评方案：乡镇类先进名额25%，扣满10分为止',
          zeta: 1,
          alpha: [0.1, 1e21, -5, 2.5e-7, true, null],
          nested: { 乙: '二', 甲: '一', emoji: '📊', quote: '"\\\n\u0000' },
        };
        const metadata = { role: '绩效办', actorId: '张三', reason: '年终总评', extra: { b: 2, a: 1 } };
        await store.appendToStream(stream('中文'), [{ type: '数据已提交', data, metadata }], { expectedRevision: 'no_stream' });

        const [fromStream] = await store.readStream(stream('中文'));
        const [fromLog] = await ownLog();

        for (const read of [fromStream, fromLog]) {
          expect(JSON.stringify(read?.data)).toBe(JSON.stringify(data));
          expect(JSON.stringify(read?.metadata)).toBe(JSON.stringify(metadata));
          expect(read?.type).toBe('数据已提交');
          expect(read?.streamId).toBe(stream('中文'));
        }
        // The log's data as text (a rebuild writes it into the audit trail as it was read): the same bytes.
        expect(fromLog === undefined ? undefined : storedDataOf(fromLog)).toBe(JSON.stringify(data));
        expect((await store.verify({ streamPrefix: ns })).ok).toBe(true);
      });

      it('round-trips a payload of about 512 KiB byte for byte', async () => {
        const line = '考评方案：乡镇类先进名额25%，扣满10分为止。Evaluation scheme line. ';
        const items = Array.from({ length: 5600 }, (_, i) => ({ i, text: line }));
        const data = { items };
        const size = Buffer.byteLength(JSON.stringify(data));
        expect(size).toBeGreaterThan(480 * 1024);
        expect(size).toBeLessThan(600 * 1024);

        await store.appendToStream(stream('large'), [event('EvidenceAttached', data)], { expectedRevision: 'no_stream' });
        const [read] = await store.readStream(stream('large'));

        expect(JSON.stringify(read?.data)).toBe(JSON.stringify(data));
      });
    });

    describe('bad input', () => {
      class Rating {
        constructor(readonly points: number) {}
      }
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic['self'] = cyclic;
      type Case = [string, () => Promise<unknown>, string, string];
      const append = (streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision = 'any') =>
        store.appendToStream(streamId, events, { expectedRevision });
      // A JavaScript caller (or an `any`) can hand the store anything; these build such events.
      const withData = (data: unknown): NewEvent => Object.assign(event('A'), { data });
      const withMetadata = (metadata: unknown): NewEvent => Object.assign(event('A'), { metadata });
      const cases: Case[] = [
        ['an empty stream id', () => append('', [event('A')]), 'streamId', 'blank'],
        ['a blank stream id', () => append('   ', [event('A')]), 'streamId', 'blank'],
        ['an over-long stream id', () => append(stream('x'.repeat(300)), [event('A')]), 'streamId', 'too-long'],
        ['an empty type', () => append(stream('s'), [event('')]), 'events[0].type', 'blank'],
        ['no events', () => append(stream('s'), []), 'events', 'empty'],
        ['a function in data', () => append(stream('s'), [withData({ f: () => 1 })]), 'events[0].data.f', 'not-json'],
        ['undefined in data', () => append(stream('s'), [withData({ u: undefined })]), 'events[0].data.u', 'not-json'],
        ['NaN in data', () => append(stream('s'), [withData({ list: [1, Number.NaN] })]), 'events[0].data.list[1]', 'not-json'],
        ['Infinity in data', () => append(stream('s'), [withData(Number.POSITIVE_INFINITY)]), 'events[0].data', 'not-json'],
        ['a bigint in data', () => append(stream('s'), [withData({ n: 10n })]), 'events[0].data.n', 'not-json'],
        ['a symbol in data', () => append(stream('s'), [withData({ s: Symbol('x') })]), 'events[0].data.s', 'not-json'],
        ['a class instance in data', () => append(stream('s'), [withData({ r: new Rating(3) })]), 'events[0].data.r', 'not-json'],
        ['a Date in data', () => append(stream('s'), [withData({ at: new Date() })]), 'events[0].data.at', 'not-json'],
        ['a cycle in data', () => append(stream('s'), [withData(cyclic)]), 'events[0].data.self', 'not-json'],
        ['a negative expected revision', () => append(stream('s'), [event('A')], -1), 'expectedRevision', 'negative'],
        ['a fractional expected revision', () => append(stream('s'), [event('A')], 1.5), 'expectedRevision', 'not-integer'],
        ['an oversize event', () => append(stream('s'), [event('A', { blob: 'x'.repeat(1024 * 1024) })]), 'events[0]', 'too-large'],
        [
          'a missing actorId',
          () => append(stream('s'), [withMetadata({ role: 'office' })]),
          'events[0].metadata.actorId',
          'required',
        ],
        ['a blank role', () => append(stream('s'), [withMetadata({ actorId: 'a', role: ' ' })]), 'events[0].metadata.role', 'blank'],
        ['an id that is not a UUID', () => append(stream('s'), [event('A', {}, 'cmd-42')]), 'events[0].id', 'not-uuid'],
        [
          'the same id twice in one append',
          () => {
            const id = randomUUID();
            return append(stream('s'), [event('A', {}, id), event('B', {}, id)]);
          },
          'events[1].id',
          'duplicate',
        ],
      ];

      it.each(cases)('refuses %s with a typed error naming the field, and writes nothing', async (_, attempt, path, rule) => {
        const error = await caught(attempt);

        expect(error).toBeInstanceOf(InvalidInputError);
        expect(error).toBeInstanceOf(EventStoreError);
        expect(error).toMatchObject({ code: 'invalid-input', details: { violations: expect.arrayContaining([expect.objectContaining({ path, rule })]) } });
        expect(await ownLog()).toEqual([]);
      });
    });

    describe('verify', () => {
      it('finds every chain intact after ordinary appends', async () => {
        await store.appendToStream(stream('a'), [event('A'), event('B')], { expectedRevision: 'no_stream' });
        await store.appendToStream(stream('b'), [event('A')], { expectedRevision: 'no_stream' });
        await store.appendToStream(stream('a'), [event('C')], { expectedRevision: 1 });

        const report = await store.verify({ streamPrefix: ns });
        expect(report).toMatchObject({ ok: true, streamsChecked: 2, eventsChecked: 4, brokenLinks: 0 });
        expect(report.firstBroken).toBeUndefined();
      });

      it('reports an event whose data was altered directly in the database as the first broken link', async () => {
        const tamper = subject.tamper;
        if (tamper === null) {
          process.stdout.write(`${name}: the tampering case is not run: this backend cannot alter a stored event\n`);
          return;
        }
        await store.appendToStream(stream('a'), [event('A', { points: 1 }), event('B', { points: 2 })], { expectedRevision: 'no_stream' });
        const other = await store.appendToStream(stream('b'), [event('A', { points: 3 })], { expectedRevision: 'no_stream' });
        await store.appendToStream(stream('a'), [event('C', { points: 4 })], { expectedRevision: 1 });
        const [, altered] = await store.readStream(stream('a'));
        if (altered === undefined) throw new Error('the stream lost an event');

        await tamper.alterData(altered.id);
        await tamper.alterData(other.events[0]?.id ?? '');
        const report = await store.verify({ streamPrefix: ns });

        expect(report).toMatchObject({
          ok: false,
          streamsChecked: 2,
          eventsChecked: 4,
          brokenLinks: 2,
          firstBroken: {
            streamId: stream('a'),
            revision: 1,
            eventId: altered.id,
            globalPosition: altered.globalPosition,
            problem: 'hash-mismatch',
            actual: altered.hash,
          },
        });
      });

      it('reports an event deleted directly in the database as a revision gap', async () => {
        const tamper = subject.tamper;
        if (tamper === null) {
          process.stdout.write(`${name}: the deletion case is not run: this backend cannot delete a stored event\n`);
          return;
        }
        await store.appendToStream(stream('a'), [event('A'), event('B'), event('C')], { expectedRevision: 'no_stream' });
        const [, deleted, after] = await store.readStream(stream('a'));

        await tamper.deleteEvent(deleted?.id ?? '');
        const report = await store.verify({ streamPrefix: ns });

        expect(report).toMatchObject({
          ok: false,
          eventsChecked: 2,
          firstBroken: { streamId: stream('a'), revision: 2, eventId: after?.id, problem: 'revision-gap', expected: '1', actual: '2' },
        });
      });
    });
  });
};
