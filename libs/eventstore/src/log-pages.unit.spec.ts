import { EventStore } from './event-store';
import { logPages } from './log-pages';
import { InMemoryFakeAdapter } from './testing/in-memory.fake-adapter';

const metadata = { actorId: 'tester', role: 'office' };

const storeWith = async (): Promise<EventStore> => {
  const store = new EventStore(new InMemoryFakeAdapter(), { now: () => new Date('2026-05-04T03:02:01.000Z') });
  // a-1 and b-1 interleaved: a, b, a, b, … (10 events, positions 1–10).
  for (let at = 0; at < 5; at += 1) {
    for (const stream of ['a-1', 'b-1']) {
      await store.appendToStream(stream, [{ type: 'Noted', data: { at }, metadata }], { expectedRevision: at === 0 ? 'no_stream' : at - 1 });
    }
  }
  return store;
};

const positionsOf = async (pages: AsyncGenerator<readonly { globalPosition: bigint }[]>): Promise<number[][]> => {
  const seen: number[][] = [];
  for await (const page of pages) seen.push(page.map((event) => Number(event.globalPosition)));
  return seen;
};

describe('logPages (the log read a page at a time, the next page read ahead)', () => {
  it('gives every event up to the bound once, in log order, in pages of the size asked', async () => {
    const store = await storeWith();
    expect(await positionsOf(logPages(store, { upTo: 10n, pageSize: 3 }))).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
    expect(await positionsOf(logPages(store, { upTo: 9n, pageSize: 3 }))).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(await positionsOf(logPages(store, { upTo: 10n, pageSize: 2, filter: { streamPrefixes: ['b-'] } }))).toEqual([[2, 4], [6, 8], [10]]);
    expect(await positionsOf(logPages(store, { upTo: 0n, pageSize: 3 }))).toEqual([]);
  });

  it('stops reading when the caller stops, and a read that then fails is not left unobserved', async () => {
    const store = await storeWith();
    let reads = 0;
    const failing: EventStore = Object.create(store, {
      readAll: {
        value: (options: Parameters<EventStore['readAll']>[0]) => {
          reads += 1;
          return reads === 1 ? store.readAll(options) : Promise.reject(new Error('the database went away'));
        },
      },
    });
    const unobserved: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unobserved.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      for await (const page of logPages(failing, { upTo: 10n, pageSize: 3 })) {
        expect(page).toHaveLength(3);
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(reads).toBe(2);
      expect(unobserved).toEqual([]);
      // A caller that reads on meets the failure.
      await expect(positionsOf(logPages(failing, { upTo: 10n, pageSize: 3 }))).rejects.toThrow('the database went away');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
