import type { EventStore, ReadAllOptions } from '@kaoping/eventstore';
import { readModelProjections } from '../read-models';
import { driveSmallCycle, openReadModelDatabase, type ReadModelDatabase } from '../testing/read-model-fixture';
import { foldCycleLog, readCycleEvents } from '@kaoping/cycle-log';
import { foldCycleView, type CycleView } from '@kaoping/evaluation';
import { rebuildProjections } from '../runner/rebuild';
import { CycleFolds, CycleViews, evaluationEventsOf } from './cycle-views';

// The lifecycle read models of one process share their cycle folds: a cold start reads a cycle's
// log once, not once per read model, and a batch is folded once onto the view they share.

/** The store, counting the reads of the whole log (a cycle's fold at a cold start reads it so). */
const counting = (store: EventStore): Readonly<{ store: EventStore; readAlls: () => number }> => {
  let calls = 0;
  const wrapped: EventStore = Object.create(store, {
    readAll: {
      value: (options?: ReadAllOptions) => {
        calls += 1;
        return store.readAll(options);
      },
    },
  });
  return { store: wrapped, readAlls: () => calls };
};

describe('cycle folds shared by the read models', () => {
  let db: ReadModelDatabase;

  beforeAll(async () => {
    db = await openReadModelDatabase({ kind: 'embedded' });
    await driveSmallCycle(db.store);
  }, 120_000);

  afterAll(async () => {
    await db.close();
  });

  it('reads a cycle from the log once when the read models start together on the same batch', async () => {
    const { store, readAlls } = counting(db.store);
    const log = await db.store.readAll({ after: 0n, maxCount: 1_000_000 });
    const cut = Math.floor(log.length / 2);
    const batch = log.slice(cut, cut + 5).filter((event) => event.streamId.startsWith('unit-'));
    expect(batch.length).toBeGreaterThan(0);
    const projections = readModelProjections({ schema: db.schema, store }, ['live-scores', 'submission-status', 'directory']);
    await Promise.all(projections.map((projection) => projection.prepare?.(batch)));
    // Live scores also read last year's results (Predecessors); the fold itself is read once.
    const shared = readAlls();
    const alone = counting(db.store);
    for (const name of ['live-scores', 'submission-status', 'directory'] as const) {
      await readModelProjections({ schema: db.schema, store: alone.store }, [name])[0]?.prepare?.(batch);
    }
    expect(shared).toBeLessThan(alone.readAlls());
    expect(alone.readAlls() - shared).toBe(2);
  });

  it('turns each stored event into its lifecycle form once, and leaves the stored event as it was', async () => {
    const log = await db.store.readAll({ after: 0n, maxCount: 1_000_000 });
    const asText = (events: readonly unknown[]): string => JSON.stringify(events, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    const before = asText(log);
    const keys = log.map((event) => Object.keys(event));
    const made = evaluationEventsOf(log);
    expect(made.length).toBeGreaterThan(0);
    // The same stored events, in another read model's batch: the same forms, not copies.
    const again = evaluationEventsOf(log.filter((event) => event.streamId.startsWith('unit-')));
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((event) => made.includes(event))).toBe(true);
    // The stored events look as they did: the form kept on them is seen by no copy, key list or JSON.
    expect(asText(log)).toBe(before);
    expect(log.map((event) => Object.keys(event))).toEqual(keys);
    const copies = log.map((event) => ({ ...event }));
    const fromCopies = evaluationEventsOf(copies);
    expect(fromCopies).toEqual(made);
    expect(fromCopies[0]).not.toBe(made[0]);
  });

  it('folds a batch once for every view that shares it, and gives what folding it alone gives', async () => {
    const folds = new CycleFolds(db.store);
    const log = await db.store.readAll({ after: 0n, maxCount: 1_000_000 });
    const events = evaluationEventsOf(log);
    const cut = Math.floor(events.length / 2);
    const batch = events.slice(cut);
    const first = batch[0];
    if (first === undefined) throw new Error('nothing after the cut');
    const [a, b] = [new CycleViews(folds), new CycleViews(folds)];
    await a.prepare(batch);
    await b.prepare(batch);
    expect(a.current('c1')).toBe(b.current('c1'));
    const [changeA] = a.advance(batch);
    const [changeB] = b.advance(batch);
    expect(changeA?.after).toBe(changeB?.after);
    // The shared fold equals the fold a view of its own makes.
    const own = new CycleViews(new CycleFolds(db.store));
    await own.prepare(batch);
    const [changeOwn] = own.advance(batch);
    expect(changeOwn?.after).not.toBe(changeA?.after);
    expect(changeA?.after).toEqual(changeOwn?.after);
    // A view fed other events (a filter that leaves some out) is folded on its own.
    const units = batch.filter((event) => log.find((stored) => stored.id === event.id)?.streamId.startsWith('unit-'));
    const c = new CycleViews(folds);
    await c.prepare(batch);
    const [changeC] = c.advance(units.length === batch.length ? batch.slice(1) : units);
    expect(changeC?.after).not.toBe(changeA?.after);
  });

  it('folds every batch once for all the lifecycle read models, batches with deductions and appeals too', async () => {
    // What each view was folded into, by the view it went on from: one fold each when the read models share their batches.
    const afters = new Map<CycleView, Set<CycleView>>();
    class CountingFolds extends CycleFolds {
      override advance(before: CycleView, events: Parameters<CycleFolds['advance']>[1]): CycleView {
        const after = super.advance(before, events);
        afters.set(before, (afters.get(before) ?? new Set()).add(after));
        return after;
      }
    }
    const log = await db.store.readAll({ after: 0n, maxCount: 1_000_000 });
    expect(log.some((event) => event.streamId.startsWith('proposal-'))).toBe(true);
    const projections = readModelProjections({ schema: db.schema, store: db.store, folds: new CountingFolds(db.store) }, ['live-scores', 'submission-status', 'directory']);
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections, batchSize: 4 });
    expect(afters.size).toBeGreaterThan(5);
    expect([...afters.values()].filter((folded) => folded.size > 1)).toEqual([]);
  });

  it('folds a cycle from the log a page at a time into what folding its whole log at once gives', async () => {
    const head = await db.store.headPosition();
    const events = await readCycleEvents({ store: db.store, cycleId: 'c1', position: head, categories: ['cycle', 'unit', 'proposal'] });
    const whole = foldCycleView(events);
    const { store, readAlls } = counting(db.store);
    const paged = await foldCycleLog({ store, cycleId: 'c1', position: head, categories: ['cycle', 'unit', 'proposal'], pageSize: 7 });
    expect(readAlls()).toBeGreaterThanOrEqual(Math.ceil(events.length / 7));
    expect(paged).toEqual(whole);
    // Up to a position inside the log, and with no position (everything committed when called).
    const middle = head / 2n;
    expect(await foldCycleLog({ store: db.store, cycleId: 'c1', position: middle, pageSize: 5 })).toEqual(foldCycleView(await readCycleEvents({ store: db.store, cycleId: 'c1', position: middle })));
    expect(await foldCycleLog({ store: db.store, cycleId: 'c1', pageSize: 5 })).toEqual(foldCycleView(await readCycleEvents({ store: db.store, cycleId: 'c1' })));
    expect(await foldCycleLog({ store: db.store, cycleId: 'c1', position: 0n })).toEqual(foldCycleView([]));
  });
});
