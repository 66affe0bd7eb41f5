import pg from 'pg';
import { testDatabaseUrl } from '@kaoping/testing';
import { PGliteSqlClient } from './pglite-sql-client';
import { integerArrayLiteral, textArrayLiteral } from './sql-client';

const awkward = ['', 'NULL', 'null', 'a,b', '{x}', 'say "hi"', 'back\\slash', '\\"', ' padded ', '单位-城关镇-📊', "it's"];

describe('array literals', () => {
  it('reach PGlite as the texts and integers they were made of', async () => {
    const client = await PGliteSqlClient.open();
    try {
      const [row] = await client.query('SELECT $1::text[] AS texts, $2::integer[] AS integers', [
        textArrayLiteral(awkward),
        integerArrayLiteral([-1, 0, 2_147_483_647]),
      ]);
      expect(row).toEqual({ texts: awkward, integers: [-1, 0, 2_147_483_647] });
    } finally {
      await client.close();
    }
  });

  it('reach PostgreSQL as the texts they were made of', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT $1::text[] AS texts, $2::text[] AS none', [textArrayLiteral(awkward), textArrayLiteral([])]);
      expect(rows).toEqual([{ texts: awkward, none: [] }]);
    } finally {
      await client.end();
    }
  });

  it('refuses a number that is not an integer', () => {
    expect(() => integerArrayLiteral([1, 1.5])).toThrow('1.5 is not an integer');
  });
});
