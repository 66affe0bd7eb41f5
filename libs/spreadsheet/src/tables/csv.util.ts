import type { Table } from './table';
import { headerOf } from './table';

const quoted = (cell: string): string => (/[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * A table as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads Chinese): the
 * caption lines are left out (a CSV holds one flat table), the header is the Chinese titles.
 */
export const tableToCsv = (table: Table): string =>
  `\uFEFF${[headerOf(table), ...table.rows].map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;

/** Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows of cells. */
export const parseCsv = (text: string): string[][] => {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quotedCell = false;
  let at = 0;
  while (at < source.length) {
    const char = source[at] ?? '';
    if (quotedCell) {
      if (char === '"') {
        if (source[at + 1] === '"') {
          cell += '"';
          at += 2;
          continue;
        }
        quotedCell = false;
      } else cell += char;
      at += 1;
      continue;
    }
    if (char === '"' && cell === '') quotedCell = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && source[at + 1] === '\n') at += 1;
    } else cell += char;
    at += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
};
