export { IMPORTING_ROLES, decideImport, evolveImport, importDecider, importStreamId, initialImportState } from './import.decider';
export type { FileImported, ImportState, ImportedSheet, RecordImport } from './import.decider';
