import type { SqlParam } from '@kaoping/eventstore';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { unnestOf } from './read-model-sql';

type Where = 'embedded' | 'postgres';

// Texts an array literal must quote or escape: quotes, backslashes, braces, commas, blanks, the word NULL, nothing at all.
const AWKWARD = ['plain', 'say "hi"', 'back\\slash', '\\"', '{a,b}', ' padded ', 'NULL', '', '单位 1', 'line\nbreak'];

describe.each<Where>(['embedded', 'postgres'])('rows sent column by column (unnestOf), on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'unnest');

  it('reads back every text, number, JSON value and null as it was sent', async () => {
    const rows: SqlParam[][] = AWKWARD.map((text, at) => [text, at % 3 === 0 ? null : text, at, `${9_007_199_254_740_993n + BigInt(at)}`, JSON.stringify({ text, at, list: [text, null] })]);
    const { sql, params } = unnestOf(rows, ['text', 'text', 'integer', 'bigint', 'jsonb']);
    const read = await db.database.query(`SELECT q.c0 AS a, q.c1 AS b, q.c2 AS n, q.c3::text AS big, q.c4::text AS doc FROM (${sql}) AS q (c0, c1, c2, c3, c4)`, params);
    expect(read.map((row) => [row['a'], row['b'], Number(row['n']), row['big'], JSON.parse(String(row['doc']))])).toEqual(
      AWKWARD.map((text, at) => [text, at % 3 === 0 ? null : text, at, `${9_007_199_254_740_993n + BigInt(at)}`, { text, at, list: [text, null] }]),
    );
  });

  it('keeps a jsonb column\'s SQL NULL apart from JSON null', async () => {
    const values = [null, 'null', '{"a":[1,"x\\"y"]}', '"text"', '[]', '12.50'];
    const { sql, params } = unnestOf(values.map((value, at) => [at, value]), ['integer', 'jsonb']);
    const read = await db.database.query(`SELECT q.c0 AS at, q.c1 IS NULL AS missing, q.c1::text AS doc FROM (${sql}) AS q (c0, c1) ORDER BY q.c0`, params);
    expect(read.map((row) => [row['missing'], row['doc'] === null ? null : JSON.parse(String(row['doc']))])).toEqual([
      [true, null],
      [false, null],
      [false, { a: [1, 'x"y'] }],
      [false, 'text'],
      [false, []],
      [false, 12.5],
    ]);
  });

  it('keeps a json column\'s texts as sent (key order, spacing inside, 12.50), its SQL NULL apart from JSON null', async () => {
    const values = ['{"b":1,"a":[2, "x\\"y"]}', null, 'null', '12.50', '{"单位":"一"}'];
    const { sql, params } = unnestOf(values.map((value, at) => [at, value]), ['integer', 'json']);
    const read = await db.database.query(`SELECT q.c0 AS at, q.c1 IS NULL AS missing, q.c1::text AS doc FROM (${sql}) AS q (c0, c1) ORDER BY q.c0`, params);
    expect(read.map((row) => [row['missing'], row['doc']])).toEqual([
      [false, '{"b":1,"a":[2, "x\\"y"]}'],
      [true, null],
      [false, 'null'],
      [false, '12.50'],
      [false, '{"单位":"一"}'],
    ]);
  });

  it('sends no rows as empty arrays', async () => {
    const { sql, params } = unnestOf([], ['text', 'jsonb']);
    expect(await db.database.query(sql, params)).toEqual([]);
  });
});
