/** A column of an exported or template table: its key, Chinese title first, English beside it. */
export type Column = Readonly<{ key: string; zh: string; en: string }>;

/**
 * A flat table to write as a sheet of an .xlsx workbook or as CSV: every cell is text (numbers
 * stay the exact decimal strings the engine computed; nothing passes through a binary float).
 */
export type Table = Readonly<{
  /** The sheet's name (at most 31 characters in Excel). */
  sheet: string;
  /** Lines above the header (the table's title, the moment and position it reflects). */
  caption: readonly string[];
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
}>;

/** The header line of a table: Chinese titles. */
export const headerOf = (table: Table): readonly string[] => table.columns.map((column) => column.zh);

/** A column (for tables built from data). */
export const column = (key: string, zh: string, en: string): Column => ({ key, zh, en });
