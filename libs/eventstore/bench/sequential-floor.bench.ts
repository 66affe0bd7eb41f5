/**
 * How far sequential durable appends can go on this server: `npm run bench:eventstore:floor`.
 * Interleaves, in the same minutes, BLOCKS (12) blocks of BLOCK (100) sequential appends of
 * three writers, each acknowledged after its own commit: the floor (a one-row INSERT per
 * transaction: one round trip and one WAL flush, nothing else), Emmett 0.42 and ours (one event
 * per append with its expected revision, as in bench:eventstore's A). Interleaving matters on a
 * shared machine, where a flush takes 0.3 ms one minute and 6 ms the next.
 * No store that acknowledges each sequential append after its own flush can be faster than the
 * floor, hence more than floor ÷ Emmett times Emmett on A.
 * With PER=20, each append is a whole new stream of PER events (bench:eventstore's C): the floor is
 * then one INSERT of PER rows of JSON per transaction, and the rates are in events per second.
 * Needs Emmett installed by /work/shared/bench/emmett/run.sh (EMMETT_DIR, default
 * $TMPDIR/kaoping-emmett-bench) and a throwaway database in DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createEventStore, type NewEvent } from '../src/index';

const BLOCK = Number(process.env['BLOCK'] ?? 100);
const BLOCKS = Number(process.env['BLOCKS'] ?? 12);
/** Events per append: 1 (the default) appends to existing streams with an expected revision; more, to new streams. */
const PER = Number(process.env['PER'] ?? 1);
const STREAMS = 100;
const EMMETT_DIR = process.env['EMMETT_DIR'] ?? join(tmpdir(), 'kaoping-emmett-bench');

type Writer = 'floor' | 'emmett' | 'kaoping';

type EmmettStore = Readonly<{
  schema: Readonly<{ migrate: () => Promise<void> }>;
  appendToStream: (
    streamId: string,
    events: readonly unknown[],
    options: Readonly<{ expectedStreamVersion: unknown }>,
  ) => Promise<Readonly<{ nextExpectedStreamVersion: unknown }>>;
  close: () => Promise<void>;
}>;

const loadEmmett = (url: string): Readonly<{ store: EmmettStore; noStream: unknown }> => {
  const require = createRequire(join(EMMETT_DIR, 'package.json'));
  const postgres: { getPostgreSQLEventStore: (url: string) => EmmettStore } = require('@event-driven-io/emmett-postgresql');
  const emmett: { STREAM_DOES_NOT_EXIST: unknown } = require('@event-driven-io/emmett');
  return { store: postgres.getPostgreSQLEventStore(url), noStream: emmett.STREAM_DOES_NOT_EXIST };
};

const fact = (n: number): NewEvent => ({
  type: 'DataSubmitted',
  data: { indicator: 'A1', n, value: '12.50', note: '考评数据' },
  metadata: { actorId: 'bench', role: 'data-provider' },
});

const main = async (): Promise<void> => {
  const url = process.env['DATABASE_URL'];
  if (url === undefined) throw new Error('set DATABASE_URL to a throwaway PostgreSQL database (Emmett writes its tables there)');
  const emmett = loadEmmett(url);
  await emmett.store.schema.migrate();
  const schema = `floor_${randomBytes(5).toString('hex')}`;
  const kaoping = await createEventStore({ kind: 'postgres', connectionString: url, schema, poolSize: 4 });
  const floor = new pg.Client({ connectionString: url });
  await floor.connect();
  await floor.query(`CREATE TABLE "${schema}".floor (n integer NOT NULL, data json)`);
  try {
    const emmettVersions = new Map<number, unknown>();
    const ourRevisions = new Map<number, number>();
    const batch = (n: number): NewEvent[] => Array.from({ length: PER }, (_, i) => fact(n * PER + i));
    const whole: Record<Writer, (n: number) => Promise<void>> = {
      floor: async (n) => {
        await floor.query({
          name: 'floor-whole',
          text: `INSERT INTO "${schema}".floor (n, data) SELECT $1, d FROM json_array_elements($2::json) d`,
          values: [n, JSON.stringify(batch(n).map((e) => e.data))],
        });
      },
      emmett: async (n) => {
        const events = batch(n).map((e) => ({ type: e.type, data: e.data, metadata: { actor: 'bench' } }));
        await emmett.store.appendToStream(`${schema}-w${n}`, events, { expectedStreamVersion: emmett.noStream });
      },
      kaoping: async (n) => {
        await kaoping.appendToStream(`${schema}-w${n}`, batch(n), { expectedRevision: 'no_stream' });
      },
    };
    const single: Record<Writer, (s: number, n: number) => Promise<void>> = {
      floor: async (_s, n) => {
        await floor.query({ name: 'floor', text: `INSERT INTO "${schema}".floor (n) VALUES ($1)`, values: [n] });
      },
      emmett: async (s, n) => {
        const result = await emmett.store.appendToStream(
          `${schema}-${s}`,
          [{ type: 'DataSubmitted', data: { indicator: 'A1', n, value: '12.50', note: '考评数据' }, metadata: { actor: 'bench' } }],
          { expectedStreamVersion: emmettVersions.get(s) ?? emmett.noStream },
        );
        emmettVersions.set(s, result.nextExpectedStreamVersion);
      },
      kaoping: async (s, n) => {
        const previous = ourRevisions.get(s);
        const result = await kaoping.appendToStream(`${schema}-${s}`, [fact(n)], {
          expectedRevision: previous === undefined ? 'no_stream' : previous,
        });
        ourRevisions.set(s, result.nextExpectedRevision);
      },
    };
    const append: Record<Writer, (s: number, n: number) => Promise<void>> =
      PER > 1 ? { floor: (_s, n) => whole.floor(n), emmett: (_s, n) => whole.emmett(n), kaoping: (_s, n) => whole.kaoping(n) } : single;
    const ms: Record<Writer, number> = { floor: 0, emmett: 0, kaoping: 0 };
    const orders: readonly (readonly Writer[])[] = [
      ['floor', 'emmett', 'kaoping'],
      ['kaoping', 'floor', 'emmett'],
      ['emmett', 'kaoping', 'floor'],
    ];
    for (let block = 0; block < BLOCKS; block++) {
      for (const writer of orders[block % orders.length] ?? []) {
        const start = process.hrtime.bigint();
        for (let i = 0; i < BLOCK; i++) await append[writer]((block * BLOCK + i) % STREAMS, block * BLOCK + i);
        ms[writer] += Number(process.hrtime.bigint() - start) / 1e6;
      }
    }
    const rate = (writer: Writer): number => Math.round(((BLOCK * BLOCKS * PER) / ms[writer]) * 1000);
    const unit = PER > 1 ? `events/s (appends of ${PER} events to new streams)` : 'appends/s';
    for (const writer of ['floor', 'emmett', 'kaoping'] as const) process.stdout.write(`sequential.${writer}: ${rate(writer)} ${unit}\n`);
    process.stdout.write(`ratio.kaoping_to_emmett: ${(rate('kaoping') / rate('emmett')).toFixed(2)} x\n`);
    process.stdout.write(`ratio.floor_to_emmett: ${(rate('floor') / rate('emmett')).toFixed(2)} x\n`);
  } finally {
    await floor.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await floor.end();
    await kaoping.close();
    await emmett.store.close();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
