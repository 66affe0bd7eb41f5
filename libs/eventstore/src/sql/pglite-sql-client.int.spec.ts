import { PGliteSqlClient } from './pglite-sql-client';

describe('PGliteSqlClient', () => {
  it('collects its worker’s garbage between statements and goes on answering, inside a transaction too', async () => {
    const client = await PGliteSqlClient.open();
    try {
      await client.query('CREATE TABLE facts (id int PRIMARY KEY, body text)');
      await client.query("INSERT INTO facts SELECT n, repeat('城关镇', 100) FROM generate_series(1, 5000) n");
      expect(await client.query('SELECT count(*)::int AS n FROM facts')).toEqual([{ n: 5000 }]);

      const [committed] = await Promise.all([
        client.transaction(async (tx) => {
          await tx.query('UPDATE facts SET body = $1 WHERE id = 1', ['乡']);
          return tx.query('SELECT body FROM facts WHERE id = 1');
        }),
        client.releaseMemory(),
      ]);
      await client.releaseMemory();

      expect(committed).toEqual([{ body: '乡' }]);
      expect(await client.query('SELECT body FROM facts WHERE id = 1')).toEqual([{ body: '乡' }]);
    } finally {
      await client.close();
    }
  });
});

describe('PGliteSqlClient.preparedArrayQuery with planner settings', () => {
  it('holds them for that statement only, also when it fails', async () => {
    const client = await PGliteSqlClient.open();
    try {
      const now = "SELECT current_setting('enable_sort'), current_setting('enable_bitmapscan'), $1::text";
      expect(await client.preparedArrayQuery('now', now, ['x'], { enable_sort: 'off', enable_bitmapscan: 'off' })).toEqual([['off', 'off', 'x']]);
      expect(await client.preparedArrayQuery('now', now, ['y'])).toEqual([['on', 'on', 'y']]);
      await expect(client.preparedArrayQuery('fails', 'SELECT 1 / $1::integer', [0], { enable_sort: 'off' })).rejects.toThrow(/division by zero/);
      expect(await client.preparedArrayQuery('now', now, ['z'])).toEqual([['on', 'on', 'z']]);
    } finally {
      await client.close();
    }
  });
});

describe('PGliteSqlClient.copyRows', () => {
  it('writes every value as given, in a transaction and alone, and writes nothing when a row is refused', async () => {
    const client = await PGliteSqlClient.open();
    try {
      const rows = [
        ['1', '城关镇\t"第一"\n第二行', '{"note":"a \\\\ b \\"q\\" \\n"}', null],
        ['2', 'back\\slash\r\n', '[]', '\\N'],
      ];
      await client.query('CREATE TABLE copied (n integer PRIMARY KEY, t text, j json, x text)');
      await client.transaction(async (tx) => tx.copyRows('copied', ['n', 't', 'j', 'x'], rows));
      await client.copyRows('copied', ['n', 't', 'j', 'x'], [['3', '', '{}', '']]);
      expect(await client.query('SELECT n, t, j::text AS j, x FROM copied ORDER BY n')).toEqual([
        { n: 1, t: rows[0]?.[1], j: rows[0]?.[2], x: null },
        { n: 2, t: rows[1]?.[1], j: '[]', x: '\\N' },
        { n: 3, t: '', j: '{}', x: '' },
      ]);
      await expect(client.copyRows('copied', ['n', 't', 'j', 'x'], [['4', 'a', '{}', null], ['5', 'b', '{not json', null]])).rejects.toThrow(/json/i);
      expect(await client.query('SELECT count(*)::int AS n FROM copied')).toEqual([{ n: 3 }]);
    } finally {
      await client.close();
    }
  });
});
