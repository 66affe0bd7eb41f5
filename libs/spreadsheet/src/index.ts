/**
 * @packageDocumentation
 * Kaoping's spreadsheets: templates from the published scheme (.xlsx with drop-downs, CSV where a
 * sheet is flat), imports checked row by row against the scheme and the cycle's state before
 * anything is recorded (each row the same command the API sends, with an id derived from the
 * file's hash, sheet and row), exports of rankings, status, queues, explanations, audit trails,
 * snapshots and diffs as exact decimal text, and the printable 公示 PDF of published results.
 */
export type { Column, Table } from './tables/table';
export { column, headerOf } from './tables/table';
export { parseCsv, tableToCsv } from './tables/csv.util';
export { addTableSheet, loadWorkbook, tablesToXlsx } from './tables/xlsx.util';
export { rankingColumns, rankingTable } from './exports/ranking.table';
export type { TableSource } from './exports/ranking.table';
export { latestSnapshotTable } from './exports/snapshot.table';
export { auditTrailTable, diffTables, explanationTable, resultLinesTable, reviewQueueTable, submissionStatusTable } from './exports/read-model.tables';
export { SHEET_KINDS, SHEET_SPECS, UNIT_LEVEL_LABELS, columnOfHeader, commandOfRow, countColumn, kindOfSheetName, targetColumn } from './sheets/sheet-kinds';
export type { CellProblem, RowCells, SheetColumn, SheetKind, SheetKindSpec } from './sheets/sheet-kinds';
export { readUploadedFile } from './sheets/read-sheets';
export type { DataRow, ImportProblem, ParsedFile, ParsedSheet, UploadedFile } from './sheets/read-sheets';
export { RULE_MESSAGES_ZH, ruleMessageZh } from './checking/rule-messages';
export { checkRows, problemsOfRefusal } from './checking/check-rows';
export type { CheckedRows, ImportBase, PlannedCommand, RowCommand, StreamState } from './checking/check-rows';
export { importFile, importItems, importSheets, loadImportBase, rowCommandId, rowCommandsOf, rowProposalId, sha256Hex } from './recording/import-file';
export type { ImportContext, ImportReport } from './recording/import-file';
export { schemeLabelsOf, zhOf } from './templates/scheme-labels';
export type { SchemeLabels } from './templates/scheme-labels';
export { templateCsv, templatePlan, templateWorkbook } from './templates/template';
export type { TemplateFor, TemplatePlan } from './templates/template';
export { noticeFontPath, noticePdf } from './publication/notice-pdf';
export type { NoticeInput, NoticeLine } from './publication/notice-pdf';
export { DEFAULT_APPEAL_ROUTE, DEFAULT_ISSUER, publicationNotice } from './publication/publication-notice';

// Test and benchmark support: a generated county driven through the lifecycle's command path, and filling templates.
export {
  COUNTY_ACTORS,
  COUNTY_CATEGORIES,
  COUNTY_PROVIDERS,
  CountyDriver,
  countyCategoryOf,
  countyIndicatorId,
  countyProviderOf,
  countyScheme,
  countyTarget,
  countyUnitId,
  countyValue,
  fillTemplate,
} from './testing/county.fixture';
export type { CountyShape } from './testing/county.fixture';
