import type { EventStore, SqlQueryable } from '@kaoping/eventstore';
import type { KaopingConfig, SqlDatabase } from '@kaoping/runtime';
import { ReadModelsService } from './read-models.service';

/** A read model another process runs: its checkpoint row, and the queries asked of it. */
class Checkpoints implements SqlQueryable {
  position: bigint | null = 40n;
  queries = 0;

  async query(): Promise<readonly Readonly<Record<string, unknown>>[]> {
    this.queries += 1;
    return this.position === null ? [] : [{ position: this.position.toString() }];
  }

  async copyRows(): Promise<void> {
    throw new Error('the read-models service writes no rows');
  }
}

const serviceOver = (checkpoints: Checkpoints): ReadModelsService =>
  new ReadModelsService(
    { client: checkpoints } as unknown as SqlDatabase,
    { databaseSchema: 'kaoping' } as unknown as KaopingConfig,
    null,
    { headPosition: async () => 1_000n } as unknown as EventStore,
  );

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('read models another process runs: their positions', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('reads a position once for the reads of a moment, and again after it', async () => {
    jest.useFakeTimers({ now: 0 });
    const checkpoints = new Checkpoints();
    const readModels = serviceOver(checkpoints);

    expect(await readModels.position('live-scores')).toBe('40');
    checkpoints.position = 45n;
    jest.advanceTimersByTime(99);
    // A moment later: still true of the rows (they reflect at least position 40), without a query.
    expect(await readModels.position('live-scores')).toBe('40');
    expect(checkpoints.queries).toBe(1);
    jest.advanceTimersByTime(1);
    expect(await readModels.position('live-scores')).toBe('45');
    expect(checkpoints.queries).toBe(2);
  });

  it('asks nothing for a position a client wrote at when it is known to be reached', async () => {
    jest.useFakeTimers({ now: 0 });
    const checkpoints = new Checkpoints();
    const readModels = serviceOver(checkpoints);
    await readModels.position('audit-trail');
    jest.advanceTimersByTime(99);

    // Known a moment ago to be at 40: no query.
    expect(await readModels.freshAt('audit-trail', 40n)).toBe('40');
    expect(checkpoints.queries).toBe(1);
    // Known longer ago (a rebuild may have started it again since): read again.
    jest.advanceTimersByTime(1);
    expect(await readModels.freshAt('audit-trail', 40n)).toBe('40');
    expect(checkpoints.queries).toBe(2);
  });

  it('watches the checkpoint for a position beyond the one known', async () => {
    const checkpoints = new Checkpoints();
    const readModels = serviceOver(checkpoints);
    await readModels.position('audit-trail');

    const waited = readModels.freshAt('audit-trail', 44n);
    await sleep(60);
    checkpoints.position = 44n;
    expect(await waited).toBe('44');
    expect(checkpoints.queries).toBeGreaterThan(2);
  });

  it('keeps a read model with no checkpoint yet unknown, and says how far it is when the wait is over', async () => {
    const checkpoints = new Checkpoints();
    checkpoints.position = null;
    const readModels = serviceOver(checkpoints);

    expect(await readModels.position('proposals')).toBeNull();
    expect(await readModels.position('proposals')).toBeNull();
    expect(checkpoints.queries).toBe(2);
    await expect(readModels.freshAt('proposals', 10n, 120)).rejects.toMatchObject({ code: 'read-model-behind', reached: null });
  });
});
