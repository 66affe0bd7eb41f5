import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { ConcurrencyConflict, IdempotencyKeyReused } from './command-handling.errors';
import { executeCommand, type CommandTrace, type StreamDecider } from './execute-command';
import { eventIdFor, requestFingerprint } from './json.util';

// A tally of submitted values: enough of a decider to exercise the glue.
type Submitted = Readonly<{ type: 'ValueSubmitted'; data: Readonly<{ value: string }> }>;
type Tally = Readonly<{ count: number }>;

const tally = (values: readonly string[]): StreamDecider<Tally, Submitted> => ({
  fold: (events) => ({ count: events.length }),
  decide: () => values.map((value) => ({ type: 'ValueSubmitted', data: { value } })),
});

const trace = (commandId: string, overrides: Partial<CommandTrace> = {}): CommandTrace => ({
  commandId,
  actorId: 'wang.fang',
  role: 'data-provider',
  reason: '月度报送',
  evidence: ['doc-17'],
  effectiveDate: '2026-03-31',
  extra: { providerId: 'tongjiju' },
  ...overrides,
});

describe('executeCommand on the embedded event store', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createEventStore({ kind: 'embedded' });
  }, 30_000);
  afterAll(() => store.close());

  const submit = (streamId: string, commandId: string, values: readonly string[] = ['98.5'], expectedRevision?: number | 'no_stream') =>
    executeCommand({
      store,
      streamId,
      trace: trace(commandId),
      fingerprint: requestFingerprint({ values }),
      decider: tally(values),
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });

  it('appends the decided events with ids derived from the command id, and the whole trace in metadata', async () => {
    const outcome = await submit('tally-a', 'cmd-a', ['1', '2']);
    expect(outcome).toEqual({ streamId: 'tally-a', eventIds: [eventIdFor('cmd-a', 0), eventIdFor('cmd-a', 1)], revision: 1, position: expect.stringMatching(/^\d+$/), replayed: false });
    const [first] = await store.readStream('tally-a');
    expect(first?.metadata).toEqual({
      actorId: 'wang.fang',
      role: 'data-provider',
      commandId: 'cmd-a',
      reason: '月度报送',
      evidence: ['doc-17'],
      effectiveDate: '2026-03-31',
      extra: { providerId: 'tongjiju', requestFingerprint: requestFingerprint({ values: ['1', '2'] }) },
    });
  });

  it('says the command id once: a correlation and a cause written only when they are not the command itself', async () => {
    const same = trace('cmd-same', { correlationId: 'cmd-same', causationId: 'cmd-same' });
    await executeCommand({ store, streamId: 'tally-ids', trace: same, fingerprint: requestFingerprint({ values: ['1'] }), decider: tally(['1']) });
    const other = trace('cmd-other', { correlationId: 'req-7', causationId: 'job-3' });
    await executeCommand({ store, streamId: 'tally-ids', trace: other, fingerprint: requestFingerprint({ values: ['2'] }), decider: tally(['2']) });
    const [first, second] = await store.readStream('tally-ids');
    expect(first?.metadata).toMatchObject({ commandId: 'cmd-same' });
    expect(first?.metadata).not.toHaveProperty('correlationId');
    expect(first?.metadata).not.toHaveProperty('causationId');
    expect(second?.metadata).toMatchObject({ commandId: 'cmd-other', correlationId: 'req-7', causationId: 'job-3' });
  });

  it('answers a repeated command id from the stream, as the first time, with no new event', async () => {
    const first = await submit('tally-b', 'cmd-b');
    await submit('tally-b', 'cmd-b2');
    const head = await store.headPosition();
    const again = await submit('tally-b', 'cmd-b');
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses a repeated command id with another request, on the same stream or another', async () => {
    await submit('tally-c', 'cmd-c', ['1']);
    await expect(submit('tally-c', 'cmd-c', ['2'])).rejects.toBeInstanceOf(IdempotencyKeyReused);
    await expect(submit('tally-c-other', 'cmd-c', ['1'])).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await store.readStream('tally-c-other')).toEqual([]);
  });

  it('refuses a request based on an old revision, saying what was appended since and by whom', async () => {
    await submit('tally-d', 'cmd-d1');
    await submit('tally-d', 'cmd-d2');
    const attempt = submit('tally-d', 'cmd-d3', ['3'], 0);
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(attempt).rejects.toMatchObject({
      details: {
        streamId: 'tally-d',
        expectedRevision: 0,
        actualRevision: 1,
        appendedSince: [{ revision: 1, type: 'ValueSubmitted', actorId: 'wang.fang', role: 'data-provider', commandId: 'cmd-d2' }],
      },
    });
    expect(await store.readStream('tally-d')).toHaveLength(2);
  });

  it('expects no stream when told -1, and conflicts when one exists', async () => {
    await submit('tally-e', 'cmd-e1', ['1'], 'no_stream');
    await expect(submit('tally-e', 'cmd-e2', ['1'], 'no_stream')).rejects.toMatchObject({ details: { expectedRevision: 'no_stream', actualRevision: 0 } });
  });

  it('writes nothing for a command that decides nothing', async () => {
    const head = await store.headPosition();
    expect(await submit('tally-f', 'cmd-f', [])).toEqual({ streamId: 'tally-f', eventIds: [], revision: null, position: null, replayed: false });
    expect(await store.headPosition()).toBe(head);
  });

  it('lets exactly one of concurrent writers that read the same revision win; the others get a conflict and write nothing', async () => {
    await submit('tally-g', 'cmd-g0');
    const attempts = await Promise.allSettled(['g1', 'g2', 'g3', 'g4', 'g5'].map((id) => submit('tally-g', `cmd-${id}`, ['1'], 0)));
    const written = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const refused = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [attempt.reason] : []));
    expect(written).toHaveLength(1);
    expect(refused).toHaveLength(4);
    for (const reason of refused) expect(reason).toMatchObject({ code: 'concurrency-conflict', details: { expectedRevision: 0, actualRevision: 1 } });
    expect(await store.readStream('tally-g')).toHaveLength(2);
  });

  it('sees a conflict when the stream moves between its read and its append (no If-Match)', async () => {
    await submit('tally-h', 'cmd-h0');
    const racing = executeCommand({
      store,
      streamId: 'tally-h',
      trace: trace('cmd-h2'),
      fingerprint: requestFingerprint({ values: ['2'] }),
      decider: {
        ...tally(['2']),
        // Another writer appends while this one decides.
        decide: async () => {
          await submit('tally-h', 'cmd-h1');
          return [{ type: 'ValueSubmitted', data: { value: '2' } }];
        },
      },
    });
    await expect(racing).rejects.toMatchObject({
      code: 'concurrency-conflict',
      details: { expectedRevision: 0, actualRevision: 1, appendedSince: [expect.objectContaining({ commandId: 'cmd-h1' })] },
    });
    expect((await store.readStream('tally-h')).map((event) => event.metadata.commandId)).toEqual(['cmd-h0', 'cmd-h1']);
  });
});
