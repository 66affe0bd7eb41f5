import { copyStatement, copyText } from './sql-client';

describe('copyText (COPY text format)', () => {
  it('separates values by tabs and rows by newlines, writes NULL as \\N and escapes backslash, tab, newline and carriage return', () => {
    expect(copyText([['a', null, ''], ['x\ty', 'l1\nl2\r', 'c:\\dir']])).toBe('a\t\\N\t\nx\\ty\tl1\\nl2\\r\tc:\\\\dir\n');
  });

  it('leaves everything else as it is (quotes, Chinese, a literal \\N spelt with a backslash is escaped)', () => {
    expect(copyText([['"城关镇"', '\\N']])).toBe('"城关镇"\t\\\\N\n');
    expect(copyText([])).toBe('');
  });

  it('refuses NUL, which PostgreSQL text cannot hold', () => {
    expect(() => copyText([['a\u0000b']])).toThrow(/NUL/);
  });

  it('names only plain columns', () => {
    expect(copyStatement('"s".t', ['a', 'b_2'], 'STDIN')).toBe('COPY "s".t (a, b_2) FROM STDIN');
    expect(() => copyStatement('"s".t', ['a) FROM PROGRAM \'x\' --'], 'STDIN')).toThrow(/not a column name/);
  });
});
