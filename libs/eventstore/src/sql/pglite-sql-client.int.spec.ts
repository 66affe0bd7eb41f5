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
