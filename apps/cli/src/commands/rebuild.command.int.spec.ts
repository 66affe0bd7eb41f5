import { READ_MODEL_NAMES, ProjectionRunner, driveSmallCycle, openReadModelDatabase, readModelProjections, readModelRows, type ReadModelDatabase } from '@kaoping/projections';
import type { CliIo } from '../cli-io';
import { createRebuildCommand } from './rebuild.command';

const capture = (): CliIo & { lines: { out: string[]; err: string[] } } => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), readFile: () => '' };
};

describe('rebuild', () => {
  let db: ReadModelDatabase;
  beforeAll(async () => {
    db = await openReadModelDatabase({ kind: 'embedded' });
  });
  afterAll(() => db.close());

  it('drops the read models and replays them from position 0 to the rows the live run wrote, with progress on stderr', async () => {
    const runner = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db), batchSize: 11, pollIntervalMs: 20 });
    await runner.start();
    await driveSmallCycle(db.store);
    await runner.caughtUpTo(await db.store.headPosition());
    await runner.stop();
    const live = await readModelRows(db);
    const io = capture();
    const command = createRebuildCommand(async () => ({ ...db, close: async () => undefined }), 0);
    expect(await command.run([], io)).toBe(0);
    expect(io.lines.err.at(-1)).toMatch(/^\[#{30}\] \d+ events, position (\d+)\/\1, \d+ events\/s$/);
    expect(io.lines.out).toEqual([
      expect.stringMatching(new RegExp(`^rebuilt ${READ_MODEL_NAMES.join(', ')}: \\d+ events up to position \\d+ in \\d+\\.\\d\\d s \\(pages \\d+\\.\\d\\d s, finishing \\d+\\.\\d\\d s; CPU \\d+\\.\\d\\d s; peak resident memory [1-9]\\d* MiB\\)$`)),
    ]);
    expect(READ_MODEL_NAMES).toEqual(['audit-trail', 'proposals', 'live-scores', 'submission-status', 'directory']);
    expect(await readModelRows(db)).toEqual(live);
  });

  it('rebuilds one projection by name and refuses an unknown one', async () => {
    const io = capture();
    const command = createRebuildCommand(async () => ({ ...db, close: async () => undefined }), 0);
    expect(await command.run(['--projection', 'live-scores'], io)).toBe(0);
    expect(io.lines.out[0]).toMatch(/^rebuilt live-scores:/);
    expect(await command.run(['--projection', 'nope'], capture())).toBe(2);
  });
});
