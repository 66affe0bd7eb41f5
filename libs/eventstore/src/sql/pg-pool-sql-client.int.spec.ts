import { testDatabaseUrl } from '@kaoping/testing';
import { PgPoolSqlClient } from './sql-client';

describe('PgPoolSqlClient.preparedArrayQuery (no Describe: rows as the texts of their columns)', () => {
  let client: PgPoolSqlClient;

  beforeEach(() => {
    client = new PgPoolSqlClient({ connectionString: testDatabaseUrl(), poolSize: 1 });
  });

  afterEach(async () => {
    await client.close();
  });

  it('answers every row as texts and nulls, in select order, for parameters of every kind', async () => {
    const sql = `SELECT n, $1::text AS t, $2::integer + n AS i, $3::boolean AS b, $4::text[] AS a, NULL::text AS none
      FROM generate_series(1, 3) n`;

    const rows = await client.preparedArrayQuery('kinds', sql, ['say "hi"', 40, true, ['a,b', null, 7]]);

    expect(rows).toEqual([1, 2, 3].map((n) => [String(n), 'say "hi"', String(40 + n), 't', '{"a,b",NULL,7}', null]));
  });

  it('answers no row as an empty list, and runs the statement again once prepared', async () => {
    const sql = 'SELECT n FROM generate_series(1, $1::integer) n';

    expect(await client.preparedArrayQuery('upto', sql, [0])).toEqual([]);
    expect(await client.preparedArrayQuery('upto', sql, [2])).toEqual([['1'], ['2']]);
  });

  it('rejects with the server’s error (with its code), and the pool goes on answering', async () => {
    const sql = "SELECT CASE WHEN $1::integer > 0 THEN 1 / $1::integer ELSE 1 / 0 END AS q";

    await expect(client.preparedArrayQuery('divide', sql, [0])).rejects.toMatchObject({ code: '22012' });
    expect(await client.preparedArrayQuery('divide', sql, [1])).toEqual([['1']]);
    await expect(client.preparedArrayQuery('broken', 'SELEC 1', [])).rejects.toMatchObject({ code: '42601' });
    expect(await client.preparedArrayQuery('divide', sql, [1])).toEqual([['1']]);
    expect(await client.query('SELECT 2 AS two')).toEqual([{ two: 2 }]);
  });
});

describe('PgPoolSqlClient connections', () => {
  it('plan no parallel scans, on every connection of the pool (a stream read would wait for workers to start)', async () => {
    const client = new PgPoolSqlClient({ connectionString: testDatabaseUrl(), poolSize: 3 });
    try {
      // Three at once: three connections, each asked what it plans with.
      const settings = await Promise.all([1, 2, 3].map(() => client.query('SELECT current_setting($1) AS workers, pg_sleep(0.05)', ['max_parallel_workers_per_gather'])));
      expect(settings.map((rows) => rows[0]?.['workers'])).toEqual(['0', '0', '0']);
      const inTransaction = await client.transaction((tx) => tx.query('SHOW max_parallel_workers_per_gather'));
      expect(inTransaction).toEqual([{ max_parallel_workers_per_gather: '0' }]);
    } finally {
      await client.close();
    }
  });
});

describe('PgPoolSqlClient.preparedArrayQuery with planner settings', () => {
  let client: PgPoolSqlClient;

  beforeEach(() => {
    // One connection: what a statement leaves behind, the next one would see.
    client = new PgPoolSqlClient({ connectionString: testDatabaseUrl(), poolSize: 1 });
  });

  afterEach(async () => {
    await client.close();
  });

  const settingsNow = "SELECT current_setting('enable_sort'), current_setting('enable_bitmapscan'), $1::text";

  it('holds them for that statement only, answering its rows alone', async () => {
    expect(await client.preparedArrayQuery('now', settingsNow, ['x'], { enable_sort: 'off', enable_bitmapscan: 'off' })).toEqual([['off', 'off', 'x']]);
    expect(await client.preparedArrayQuery('now', settingsNow, ['y'])).toEqual([['on', 'on', 'y']]);
    expect(await client.query("SELECT current_setting('enable_sort') AS sort")).toEqual([{ sort: 'on' }]);
  });

  it('lets them lapse when the statement fails, and the connection goes on answering', async () => {
    await expect(client.preparedArrayQuery('fails', 'SELECT 1 / $1::integer', [0], { enable_sort: 'off' })).rejects.toMatchObject({ code: '22012' });
    expect(await client.preparedArrayQuery('now', settingsNow, ['z'])).toEqual([['on', 'on', 'z']]);
  });
});

describe('PgPoolSqlClient.copyRows (COPY … FROM STDIN)', () => {
  // Values a row of the audit trail may hold: escapes of JSON, tabs and newlines in a reason, Chinese, NULL.
  const rows = [
    ['1', '城关镇\t"第一"\n第二行', '{"note":"a \\\\ b \\"q\\" \\n"}', null],
    ['2', 'back\\slash\r\n', '[]', '\\N'],
  ];

  it('writes every value as given, in a transaction and alone, and writes nothing when a row is refused', async () => {
    const client = new PgPoolSqlClient({ connectionString: testDatabaseUrl(), poolSize: 2 });
    const table = `copy_rows_${process.pid}_${Date.now()}`;
    try {
      await client.query(`CREATE TABLE ${table} (n integer PRIMARY KEY, t text, j json, x text)`);
      await client.transaction(async (tx) => {
        await tx.copyRows(table, ['n', 't', 'j', 'x'], rows);
        await tx.copyRows(table, ['n', 't', 'j', 'x'], []);
      });
      await client.copyRows(table, ['n', 't', 'j', 'x'], [['3', '', '{}', '']]);
      expect(await client.query(`SELECT n, t, j::text AS j, x FROM ${table} ORDER BY n`)).toEqual([
        { n: 1, t: rows[0]?.[1], j: rows[0]?.[2], x: null },
        { n: 2, t: rows[1]?.[1], j: '[]', x: '\\N' },
        { n: 3, t: '', j: '{}', x: '' },
      ]);
      // Not JSON: the server refuses the COPY, nothing of it stays, and the pool goes on answering.
      await expect(client.copyRows(table, ['n', 't', 'j', 'x'], [['4', 'a', '{}', null], ['5', 'b', '{not json', null]])).rejects.toMatchObject({ code: '22P02' });
      expect(await client.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 3 }]);
      await expect(client.copyRows(table, ['n; DROP TABLE x'], [['6']])).rejects.toThrow(/not a column name/);
    } finally {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
      await client.close();
    }
  });
});
