import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl } from '@kaoping/testing';
import { EventStore } from '../event-store';
import { PgPoolSqlClient, type PlannerSettings, type SqlArrayRow, type SqlClient, type SqlParam } from './sql-client';
import { PGliteSqlClient } from './pglite-sql-client';
import { SqlEventStoreAdapter } from './sql-event-store.adapter';

type Sent = Readonly<{ sql: string; params: readonly SqlParam[]; settings: PlannerSettings | undefined }>;

/** The real client, keeping what the adapter sends as prepared array statements (to EXPLAIN them after). */
const recording = (client: SqlClient, sent: Sent[]): SqlClient =>
  new Proxy(client, {
    get(target, key, receiver) {
      if (key !== 'preparedArrayQuery') return Reflect.get(target, key, receiver);
      return (name: string, sql: string, params: readonly SqlParam[], settings?: PlannerSettings): Promise<readonly SqlArrayRow[]> => {
        sent.push({ sql, params, settings });
        return target.preparedArrayQuery(name, sql, params, settings);
      };
    },
  });

const planText = (rows: readonly SqlArrayRow[]): string => rows.map((row) => String(row[0])).join('\n');

// A page of the log is read by walking the position index and stopping at the page's size, whatever
// the planner guesses of the filter (a table never analysed here, as an embedded store's always is):
// the plan of the very statement readAll sent, with the settings it sent, EXPLAINed on the same client.
describe.each(['embedded', 'postgres'] as const)('a filtered page of the log on %s', (kind) => {
  let client: SqlClient;
  let drop: () => Promise<void> = async () => undefined;
  const sent: Sent[] = [];
  let store: EventStore;

  beforeAll(async () => {
    let schema = 'log_page_plan';
    if (kind === 'embedded') client = await PGliteSqlClient.open();
    else {
      const url = testDatabaseUrl();
      await assertTestDatabaseReachable(url);
      const fresh = await freshTestSchema({ label: 'logpage', url });
      schema = fresh.name;
      drop = () => fresh.drop();
      client = new PgPoolSqlClient({ connectionString: url, poolSize: 2 });
    }
    store = new EventStore(await SqlEventStoreAdapter.open(recording(client, sent), { kind, schema, ownsClient: false }));
    // 40 streams of 100 events: the filter below matches one stream in forty.
    for (let s = 0; s < 40; s++) {
      const events = Array.from({ length: 100 }, (_, n) => ({ type: 'DataSubmitted', data: { n }, metadata: { actorId: 'bench', role: 'office' } }));
      await store.appendToStream(`${s === 7 ? 'proposal' : 'unit'}-${s}`, events, { expectedRevision: 'no_stream' });
    }
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await client?.close();
    await drop();
  });

  it('walks the position index in order with sorting and bitmap scans off, and reads the matching events', async () => {
    sent.length = 0;
    const page = await store.readAll({ maxCount: 50, filter: { streamPrefixes: ['proposal-'] } });
    expect(page.map((event) => [event.streamId, event.revision])).toEqual(Array.from({ length: 50 }, (_, n) => ['proposal-7', n]));

    const [read] = sent;
    expect(sent).toHaveLength(1);
    expect(read?.settings).toEqual({ enable_sort: 'off', enable_bitmapscan: 'off' });
    const plan = planText(await client.preparedArrayQuery('explain_page', `EXPLAIN ${read?.sql ?? ''}`, read?.params ?? [], read?.settings));
    expect(plan).toMatch(/Index Scan using events_pkey/);
    expect(plan).not.toMatch(/Sort|Bitmap/);
  });

  it('reads the whole log through the same statement, and the settings lapse after it', async () => {
    sent.length = 0;
    const all = await store.readAll({});
    expect(all).toHaveLength(4000);
    expect(all.every((event, i) => event.globalPosition === BigInt(i + 1))).toBe(true);
    expect(new Set(sent.map((s) => s.sql)).size).toBe(1);
    expect(await client.preparedArrayQuery('after_page', "SELECT current_setting('enable_sort'), current_setting('enable_bitmapscan')", [])).toEqual([['on', 'on']]);
  });
});
