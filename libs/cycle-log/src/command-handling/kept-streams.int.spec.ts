import { createEventStore, type EventStore, type ReadStreamOptions, type RecordedEvent } from '@kaoping/eventstore';
import { ConcurrencyConflict } from './command-handling.errors';
import { executeCommand, type KeepFolds, type StreamDecider } from './execute-command';
import { eventIdFor, requestFingerprint } from './json.util';
import { CommandIdFilter, KeptStreams } from './kept-streams';

// A command's stream folded once and kept: the next command on it is decided on that fold with no
// read or, when another writer moved the stream, reads only what was appended since; either way it
// decides as if it had read the whole stream, and still knows every command id before.

type Submitted = Readonly<{ type: 'ValueSubmitted'; data: Readonly<{ value: string }> }>;
/** The values so far, in order (a fold whose result shows every event it saw). */
type Values = readonly string[];

const valuesOf = (events: readonly RecordedEvent[]): Values => events.map((event) => String((event.data as { value?: unknown }).value));

const appending = (value: string): StreamDecider<Values, Submitted> => ({
  fold: valuesOf,
  // The new value says what the decider saw: how many values came before it, and the last.
  decide: (seen) => [{ type: 'ValueSubmitted', data: { value: `${value}@${seen.length}:${seen.at(-1) ?? '-'}` } }],
});

/** The store, counting its stream reads: whole, or from a revision on. */
const counting = (store: EventStore) => {
  const reads = { whole: 0, since: 0 };
  const wrapped: EventStore = Object.create(store, {
    readStream: {
      value: (streamId: string, options?: ReadStreamOptions) => {
        if (options?.fromRevision === undefined) reads.whole += 1;
        else reads.since += 1;
        return store.readStream(streamId, options);
      },
    },
  });
  return { store: wrapped, reads };
};

describe('folds kept between commands', () => {
  let base: EventStore;
  beforeAll(async () => {
    base = await createEventStore({ kind: 'embedded' });
  }, 30_000);
  afterAll(() => base.close());

  const keepFolds = (): KeepFolds<Values, Values> => ({ streams: new KeptStreams<Values>(), resume: (from, events) => [...(from ?? []), ...valuesOf(events)], on: (fold) => fold });

  /** This process's commands on one stream, each a value decided by `decider`, the folds kept in `keep`. */
  const sender =
    (store: EventStore, streamId: string, keep: KeepFolds<Values, Values>, decider: (value: string) => StreamDecider<Values, Submitted> = appending) =>
    (commandId: string, value: string, expectedRevision?: number) =>
      executeCommand({ store, streamId, trace: { commandId, actorId: 'a', role: 'office' }, fingerprint: requestFingerprint({ value }), decider: decider(value), keep, ...(expectedRevision === undefined ? {} : { expectedRevision }) });

  /** Another writer (an import, another process) appends a value as its own command, without this process's kept folds. */
  const appendByOther = (streamId: string, commandId: string, value: string, expectedRevision: number) =>
    base.appendToStream(
      streamId,
      [{ id: eventIdFor(commandId, 0), type: 'ValueSubmitted', data: { value }, metadata: { actorId: 'b', role: 'office', commandId, extra: { requestFingerprint: requestFingerprint({ value }) } } }],
      { expectedRevision },
    );

  it('reads the stream whole once, then nothing while its fold is current, and what another writer appended when the append finds it', async () => {
    const { store, reads } = counting(base);
    const keep = keepFolds();
    const send = sender(store, 'kept-a', keep);
    await send('k-1', 'x');
    await send('k-2', 'y');
    // Decided on the kept fold and appended: no read at all.
    expect(reads).toEqual({ whole: 1, since: 0 });
    await appendByOther('kept-a', 'other-1', 'z', 1);
    // Decided on the fold at revision 1 first; the append is refused (the stream is at 2), nothing
    // of it is written, and the command is decided again on what was appended since.
    const third = await send('k-3', 'w');
    expect(valuesOf(await base.readStream('kept-a'))).toEqual(['x@0:-', 'y@1:x@0:-', 'z', 'w@3:z']);
    expect(third).toMatchObject({ revision: 3, replayed: false });
    expect(reads).toEqual({ whole: 1, since: 1 });
    await send('k-4', 'v');
    expect(reads).toEqual({ whole: 1, since: 1 });
    expect(valuesOf(await base.readStream('kept-a')).at(-1)).toBe('v@4:w@3:z');
  });

  it('answers If-Match against a kept fold behind the stream with the conflict, naming what was appended, and writes nothing', async () => {
    const keep = keepFolds();
    const send = sender(base, 'kept-d', keep);
    await send('d-1', 'x');
    await appendByOther('kept-d', 'other-d', 'z', 0);
    // The client saw revision 0, as the kept fold did; the stream is at 1.
    const refused = await send('d-2', 'y', 0).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConcurrencyConflict);
    expect(refused).toMatchObject({ details: { expectedRevision: 0, actualRevision: 1, appendedSince: [expect.objectContaining({ commandId: 'other-d', revision: 1 })] } });
    expect(valuesOf(await base.readStream('kept-d'))).toEqual(['x@0:-', 'z']);
    // Naming the stream's revision, it goes through.
    await send('d-3', 'w', 1);
    expect(valuesOf(await base.readStream('kept-d'))).toEqual(['x@0:-', 'z', 'w@2:z']);
  });

  it('does not trust a kept fold for a command it answers with nothing or refuses: another writer may have changed what that rests on', async () => {
    const keep = keepFolds();
    // Submits the value unless it is the last one already (then nothing); refuses a value after 'closed'.
    const setting = (value: string): StreamDecider<Values, Submitted> => ({
      fold: valuesOf,
      decide: (seen) => {
        if (seen.at(-1) === 'closed') throw new Error('closed');
        return seen.at(-1) === value ? [] : [{ type: 'ValueSubmitted', data: { value } }];
      },
    });
    const send = sender(base, 'kept-e', keep, setting);
    const other = (commandId: string, value: string, expectedRevision: number) => appendByOther('kept-e', commandId, value, expectedRevision);
    await send('e-1', 'x');
    await other('other-e1', 'y', 0);
    // The kept fold ends with 'x' (nothing to do); the stream ends with 'y': 'x' is submitted again.
    expect(await send('e-2', 'x')).toMatchObject({ revision: 2, eventIds: [eventIdFor('e-2', 0)] });
    // Again, with the stream moved twice past the kept fold.
    await other('other-e2', 'closed', 2);
    await other('other-e3', 'open', 3);
    expect(await send('e-3', 'x')).toMatchObject({ revision: 5 });
    // The kept fold (revision 5) does not know of 'closed' appended since: the refusal comes from the stream as it is.
    await other('other-e4', 'closed', 5);
    await expect(send('e-4', 'z')).rejects.toThrow('closed');
    expect(valuesOf(await base.readStream('kept-e'))).toEqual(['x', 'y', 'x', 'closed', 'open', 'x', 'closed']);
  });

  it('answers a repeated command id as the first time, from a kept fold too (its filter says maybe)', async () => {
    const { store } = counting(base);
    const keep = keepFolds();
    const send = sender(store, 'kept-b', keep);
    const first = await send('r-1', 'x');
    await send('r-2', 'y');
    const again = await send('r-1', 'x');
    expect(again).toEqual({ ...first, replayed: true });
    expect(await base.readStream('kept-b')).toHaveLength(2);
    // A command id written by another writer is known too (the stream is read past the kept fold).
    await appendByOther('kept-b', 'other-2', 'z', 1);
    await send('r-3', 'w');
    const replayed = await send('other-2', 'z');
    expect(replayed.replayed).toBe(true);
    expect(await base.readStream('kept-b')).toHaveLength(4);
  });

  it('gives what a command without a kept fold gives, over a stream written by both', async () => {
    const keep = keepFolds();
    for (let at = 0; at < 30; at += 1) {
      await executeCommand({
        store: base,
        streamId: 'kept-c',
        trace: { commandId: `c-${at}`, actorId: 'a', role: 'office' },
        fingerprint: requestFingerprint({ at }),
        decider: appending(String(at)),
        ...(at % 3 === 0 ? {} : { keep }),
      });
    }
    const values = valuesOf(await base.readStream('kept-c'));
    expect(values).toHaveLength(30);
    values.forEach((value, at) => expect(value).toBe(`${at}@${at}:${values[at - 1] ?? '-'}`));
  });
});

describe('the command ids of a kept stream', () => {
  it('never says no to an id it holds, and rarely yes to one it does not', () => {
    const ids = Array.from({ length: 2000 }, (_, at) => `cycle-1:v:u-${at}:ind-${at % 100}:m${at % 12}`);
    const events = ids.map((commandId) => ({ metadata: { commandId } }) as unknown as RecordedEvent);
    const filter = CommandIdFilter.of(events);
    expect(ids.every((id) => filter.mayHold(id))).toBe(true);
    const others = Array.from({ length: 10_000 }, (_, at) => `cycle-1:c:${at}`);
    const falseYes = others.filter((id) => filter.mayHold(id)).length;
    expect(falseYes).toBeLessThan(others.length * 0.03);
  });

  const entry = (events: number) => ({ revision: events - 1, fold: 'f', commandIds: CommandIdFilter.of([]), events });
  /** One command on a stream, as executeCommand uses the kept streams: asks, and on a miss folds and offers the fold. */
  const command = (kept: KeptStreams<string>, streamId: string, events = 1): boolean => {
    if (kept.get(streamId) !== undefined) return true;
    kept.keep(streamId, entry(events));
    return false;
  };

  it('lets the least recently used streams go past the events it may keep, for a stream used more often', () => {
    const kept = new KeptStreams<string>(10);
    command(kept, 'a', 4);
    command(kept, 'b', 4);
    command(kept, 'a');
    // c's third command: used more often than b (once), the least recently used, which goes.
    expect([command(kept, 'c', 4), command(kept, 'c', 4), command(kept, 'c', 4)]).toEqual([false, false, false]);
    expect([kept.peek('a') !== undefined, kept.peek('b') !== undefined, kept.peek('c') !== undefined]).toEqual([true, false, true]);
    // A fold at an earlier revision does not replace a later one.
    kept.keep('c', { ...entry(2) });
    expect(kept.peek('c')?.revision).toBe(3);
  });

  it('lets the least recently used streams go at once when it may keep fewer events, and keeps none at 0', () => {
    const kept = new KeptStreams<string>(10);
    command(kept, 'a', 4);
    command(kept, 'b', 4);
    command(kept, 'a');
    kept.resize(5);
    expect([kept.peek('a') !== undefined, kept.peek('b') !== undefined, kept.stats().events]).toEqual([true, false, 4]);
    kept.resize(0);
    expect([command(kept, 'a', 4), kept.stats().streams, kept.stats().events]).toEqual([false, 0, 0]);
  });

  it('keeps finding the streams it holds when commands go round more streams than fit (LRU would find none)', () => {
    const kept = new KeptStreams<string>(30);
    const streams = Array.from({ length: 50 }, (_, at) => `unit-${at}`);
    const found = (): number => streams.filter((id) => command(kept, id, 1)).length;
    expect(found()).toBe(0);
    // Every later pass finds the 30 kept on the first: they are not pushed out by the 20 that do not fit.
    expect([found(), found(), found()]).toEqual([30, 30, 30]);
  });

  it('lets a stream used again and again in over streams used once', () => {
    const kept = new KeptStreams<string>(3);
    for (const id of ['a', 'b', 'c']) command(kept, id);
    // Asked for a third time, it is used more often than any of the three, and comes in; the fourth finds it.
    expect([command(kept, 'hot'), command(kept, 'hot'), command(kept, 'hot'), command(kept, 'hot')]).toEqual([false, false, false, true]);
    // The least recently used of the three went for it.
    expect(['a', 'b', 'c'].map((id) => kept.peek(id) !== undefined)).toEqual([false, true, true]);
  });
});
