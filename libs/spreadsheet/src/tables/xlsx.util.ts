import type ExcelJS from 'exceljs';
import { excel } from './lazy-modules';
import type { Table } from './table';
import { headerOf } from './table';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const widthOf = (texts: readonly string[]): number =>
  Math.min(60, Math.max(8, ...texts.map((text) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2)));

/** Adds a table as a sheet: caption lines, a bold header, text cells (format '@'), the header frozen. */
export const addTableSheet = (workbook: ExcelJS.Workbook, table: Table): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
  for (const line of table.caption) sheet.addRow([line]).font = { bold: true };
  const header = sheet.addRow([...headerOf(table)]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of table.rows) sheet.addRow([...row]);
  table.columns.forEach((_, index) => {
    const column = sheet.getColumn(index + 1);
    column.numFmt = '@';
    column.width = widthOf([headerOf(table)[index] ?? '', ...table.rows.slice(0, 200).map((row) => row[index] ?? '')]);
  });
  sheet.views = [{ state: 'frozen', ySplit: table.caption.length + 1 }];
  return sheet;
};

/** Tables as an .xlsx workbook, one sheet each; every cell is text, so no number passes through a float. */
export const tablesToXlsx = async (tables: readonly Table[], properties: Readonly<{ creator?: string; created?: Date }> = {}): Promise<Buffer> => {
  const workbook = new (excel().Workbook)();
  workbook.creator = properties.creator ?? 'Kaoping 考评';
  workbook.created = properties.created ?? new Date(0);
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** Reads an .xlsx file's bytes into a workbook. */
export const loadWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new (excel().Workbook)();
  // exceljs declares Node's pre-generic Buffer; an ArrayBuffer copy satisfies it at run time and in type.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  await workbook.xlsx.load(copy as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
};
