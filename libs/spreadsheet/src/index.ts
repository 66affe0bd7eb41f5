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
export { addTableSheet, tablesToXlsx } from './tables/xlsx.util';
export { rankingColumns, rankingTable } from './exports/ranking.table';
export type { TableSource } from './exports/ranking.table';
export { auditTrailTable, diffTables, explanationTable, resultLinesTable, reviewQueueTable, submissionStatusTable } from './exports/read-model.tables';
