import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from '../tables/lazy-modules';
import { loadWorkbook } from '../tables/xlsx.util';
import { parseCsv } from '../tables/csv.util';
import { type RowCells, type SheetColumn, type SheetKind, SHEET_KINDS, SHEET_SPECS, columnOfHeader, isUnfilled, kindOfSheetName } from './sheet-kinds';

/** One problem of an import: where (sheet, row, column), which rule, the value found; Chinese first. */
export type ImportProblem = Readonly<{
  sheet: string;
  /** The row number as the spreadsheet shows it (1-based; the header rows count). */
  row: number;
  /** The column's Chinese title ('' for a problem of the whole row or sheet). */
  column: string;
  rule: string;
  value: string;
  message: Readonly<{ 'zh-CN': string; en: string }>;
}>;

/** A data row of a sheet: its number and its text cells by column key. */
export type DataRow = Readonly<{ row: number; cells: RowCells }>;

/** A sheet read and matched to its kind. */
export type ParsedSheet = Readonly<{ sheet: string; kind: SheetKind; columns: readonly SheetColumn[]; rows: readonly DataRow[] }>;

/** What a file read into: its sheets, and the problems found before any row was checked. */
export type ParsedFile = Readonly<{ sheets: readonly ParsedSheet[]; problems: readonly ImportProblem[] }>;

type RawRow = Readonly<{ row: number; cells: readonly string[]; problems: readonly ImportProblem[] }>;

const problem = (input: Omit<ImportProblem, 'message'> & Readonly<{ zh: string; en: string }>): ImportProblem => ({
  sheet: input.sheet,
  row: input.row,
  column: input.column,
  rule: input.rule,
  value: input.value,
  message: { 'zh-CN': input.zh, en: input.en },
});

/**
 * A cell's text. Numbers typed into a cell arrive as binary floats: their shortest round-trip text
 * is the decimal typed (up to 15 significant digits); one shown only in exponent form is refused
 * (type it as text). Dates become ISO dates.
 */
const cellText = (value: ExcelJS.CellValue): Readonly<{ text: string } | { refused: string }> => {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: String(value) };
  if (typeof value === 'number') {
    const text = String(value);
    return /e/i.test(text) || !Number.isFinite(value) ? { refused: text } : { text };
  }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('').trim() };
  if ('error' in value) return { refused: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value ? value.result : undefined;
    return result === undefined ? { text: '' } : cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return { text: String(value.text).trim() };
  return { refused: JSON.stringify(value) };
};

const rawRowOf = (input: Readonly<{ sheet: string; row: ExcelJS.Row }>): RawRow => {
  const { row, sheet } = input;
  const rowNumber = row.number;
  const cells: string[] = [];
    const problems: ImportProblem[] = [];
    const count = row.cellCount;
    for (let index = 1; index <= count; index += 1) {
      const read = cellText(row.getCell(index).value);
      if ('text' in read) cells.push(read.text);
      else {
        cells.push('');
        problems.push(problem({ sheet, row: rowNumber, column: `#${index}`, rule: 'not-exact', value: read.refused, zh: '数值无法精确读取，请以文本格式填写', en: 'the number cannot be read exactly: enter it as text' }));
      }
    }
  return { row: rowNumber, cells, problems };
};

/**
 * Reads the sheets of an .xlsx workbook with exceljs' streaming reader (no styles: cells are read
 * for their values only), keeping the rows of the sheets named for a kind.
 */
export const streamWorkbook = async (bytes: Uint8Array): Promise<readonly Readonly<{ name: string; kind: SheetKind; rows: RawRow[] }>[]> => {
  const reader = new (excel().stream.xlsx.WorkbookReader)(Readable.from([Buffer.from(bytes)]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets: { name: string; kind: SheetKind; rows: RawRow[] }[] = [];
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as Readonly<{ name: string }>).name;
    const kind = kindOfSheetName(name);
    const rows: RawRow[] = [];
    for await (const row of worksheet) {
      if (kind !== undefined && row.hasValues) rows.push(rawRowOf({ sheet: name, row }));
    }
    if (kind !== undefined) sheets.push({ name, kind, rows });
  }
  return sheets;
};

/**
 * The same sheets, the workbook read whole. exceljs' streaming reader now and then reaches a
 * worksheet before the workbook part and fails (exceljs#3064: a workbook written by exceljs, our
 * templates among them, stores xl/workbook.xml last, and its single streaming pass races): a file it
 * cannot read is read again this way before it is called no workbook.
 */
export const wholeWorkbook = async (bytes: Uint8Array): Promise<readonly Readonly<{ name: string; kind: SheetKind; rows: RawRow[] }>[]> => {
  const workbook = await loadWorkbook(bytes);
  return workbook.worksheets.flatMap((worksheet) => {
    const kind = kindOfSheetName(worksheet.name);
    if (kind === undefined) return [];
    const rows: RawRow[] = [];
    worksheet.eachRow((row) => {
      if (row.hasValues) rows.push(rawRowOf({ sheet: worksheet.name, row }));
    });
    return [{ name: worksheet.name, kind, rows }];
  });
};

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell === '');

/**
 * Matches a sheet's header to its kind's columns and reads its data rows. The header is the first
 * non-empty row; a second row holding the columns' keys (as templates write it) is skipped.
 */
const parseRows = (input: Readonly<{ sheet: string; kind: SheetKind; rows: readonly RawRow[] }>): Readonly<{ parsed: ParsedSheet; problems: ImportProblem[] }> => {
  const { sheet, kind } = input;
  const problems: ImportProblem[] = [];
  const [header, ...rest] = input.rows.filter((row) => !isBlank(row.cells));
  if (header === undefined) return { parsed: { sheet, kind, columns: [], rows: [] }, problems };
  const columns: (SheetColumn | undefined)[] = header.cells.map((title, index) => {
    if (title === '') return undefined;
    const found = columnOfHeader(kind, title);
    if (found === undefined) {
      problems.push(problem({ sheet, row: header.row, column: title, rule: 'unknown-column', value: title, zh: `“${SHEET_SPECS[kind].sheet}”表没有此列`, en: `column #${index + 1} is not a column of a ${kind} sheet` }));
    }
    return found;
  });
  const keys = new Set(columns.flatMap((c) => (c === undefined ? [] : [c.key])));
  for (const required of SHEET_SPECS[kind].columns.filter((c) => c.required && !keys.has(c.key))) {
    problems.push(problem({ sheet, row: header.row, column: required.zh, rule: 'missing-column', value: '', zh: `缺少必填列“${required.zh}”`, en: `the required column ${required.en} (${required.key}) is missing` }));
  }
  const [second] = rest;
  const keyRow = second !== undefined && second.cells.every((cell, index) => cell === '' || cell === columns[index]?.key);
  const dataRows = keyRow ? rest.slice(1) : rest;
  const rows = dataRows.flatMap((raw): DataRow[] => {
    const cells = new Map<string, string>();
    columns.forEach((c, index) => {
      if (c !== undefined && c.info !== true) cells.set(c.key, raw.cells[index] ?? '');
    });
    if (isUnfilled(kind, cells)) return [];
    problems.push(...raw.problems.map((p) => ({ ...p, column: columns[Number(p.column.slice(1)) - 1]?.zh ?? p.column })));
    return [{ row: raw.row, cells }];
  });
  return { parsed: { sheet, kind, columns: columns.flatMap((c) => (c === undefined ? [] : [c])), rows }, problems };
};

/** An uploaded file: its name and bytes; `kind` names a CSV's sheet kind (else guessed from its header). */
export type UploadedFile = Readonly<{ name: string; bytes: Uint8Array; kind?: SheetKind }>;

const isCsv = (file: UploadedFile): boolean => /\.csv$/i.test(file.name) || !(file.bytes[0] === 0x50 && file.bytes[1] === 0x4b);

const guessKind = (header: readonly string[]): SheetKind | undefined => {
  const scored = SHEET_KINDS.map((kind) => ({
    kind,
    score: header.filter((title) => title !== '' && columnOfHeader(kind, title) !== undefined).length,
    complete: SHEET_SPECS[kind].columns.filter((c) => c.required).every((c) => header.some((title) => columnOfHeader(kind, title)?.key === c.key)),
  })).filter((entry) => entry.complete);
  return scored.sort((a, b) => b.score - a.score)[0]?.kind;
};

/**
 * Reads an .xlsx workbook (every sheet named for a kind: 单位, 指标分配, 数据报送, 满意度调查, 评价打分,
 * 察访核验; others — the instructions, the lists — are left alone) or a CSV file (one sheet).
 */
export const readUploadedFile = async (file: UploadedFile): Promise<ParsedFile> => {
  const problems: ImportProblem[] = [];
  const sheets: ParsedSheet[] = [];
  if (isCsv(file)) {
    const text = new TextDecoder('utf-8').decode(file.bytes);
    const rows: RawRow[] = parseCsv(text).map((cells, index) => ({ row: index + 1, cells: cells.map((cell) => cell.trim()), problems: [] }));
    const sheet = file.name.replace(/\.csv$/i, '');
    const kind = file.kind ?? kindOfSheetName(sheet) ?? guessKind(rows.find((row) => !isBlank(row.cells))?.cells ?? []);
    if (kind === undefined) {
      problems.push(problem({ sheet, row: 1, column: '', rule: 'unknown-sheet-kind', value: sheet, zh: '无法判断此CSV文件的表格类型，请指定类型', en: `say which kind of sheet the CSV holds (${SHEET_KINDS.join(', ')})` }));
      return { sheets, problems };
    }
    const { parsed, problems: found } = parseRows({ sheet, kind, rows });
    return { sheets: [parsed], problems: found };
  }
  let read: Awaited<ReturnType<typeof streamWorkbook>>;
  try {
    read = await streamWorkbook(file.bytes).catch(() => wholeWorkbook(file.bytes));
  } catch (error: unknown) {
    problems.push(problem({ sheet: '', row: 0, column: '', rule: 'not-a-workbook', value: file.name, zh: '文件不是有效的 .xlsx 工作簿', en: `the file is not an .xlsx workbook (${error instanceof Error ? error.message : String(error)})` }));
    return { sheets, problems };
  }
  for (const sheet of read) {
    const { parsed, problems: found } = parseRows({ sheet: sheet.name, kind: sheet.kind, rows: sheet.rows });
    sheets.push(parsed);
    problems.push(...found);
  }
  if (sheets.length === 0) {
    problems.push(problem({ sheet: '', row: 0, column: '', rule: 'no-data-sheet', value: file.name, zh: `工作簿中没有可导入的表（${SHEET_KINDS.map((k) => SHEET_SPECS[k].sheet).join('、')}）`, en: 'the workbook has no sheet to import' }));
  }
  return { sheets, problems };
};

export { problem as importProblem };
