import { Forbidden, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type DomainCommand, type DomainEvent, type Recorded, type Role } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { requireText } from '../shared/validation.util';

/**
 * The imports of a cycle's spreadsheets (`import-<cycleId>`): each uploaded file whose rows were
 * recorded is a fact — who, when (the metadata), the file's content hash, its rows per sheet.
 * The rows themselves are recorded by their own streams' commands; this stream only remembers files.
 */
export const importStreamId = (cycleId: string): string => `import-${cycleId}`;

/** A sheet of an imported file and how many of its rows were data rows. */
export type ImportedSheet = Readonly<{ sheet: string; kind: string; rows: number }>;

/** Whoever imported a file: record that its rows were recorded. */
export type RecordImport = DomainCommand<
  'RecordImport',
  { cycleId: string; fileHash: string; fileName: string; sheets: readonly ImportedSheet[]; rowCount: number; commandCount: number }
>;

/** A spreadsheet was imported: every row of it is recorded (by `commandCount` commands; rows already recorded count too). */
export type FileImported = DomainEvent<
  'FileImported',
  { cycleId: string; fileHash: string; fileName: string; sheets: readonly ImportedSheet[]; rowCount: number; commandCount: number }
>;

/** The files imported into a cycle, by content hash. */
export type ImportState = Readonly<{ files: ReadonlyMap<string, string> }>;

/** The roles that may import (those that write the rows an import holds). */
export const IMPORTING_ROLES: readonly Role[] = ['office', 'committee', 'leader', 'unit-reporter', 'data-provider', 'inspector', 'survey-office'];

const SHA256 = /^[0-9a-f]{64}$/;

export const initialImportState = (): ImportState => ({ files: new Map() });

/** Records an import once per file content: a second upload of the same file records nothing. */
export const decideImport = (command: RecordImport, input: Readonly<{ state: ImportState; context: undefined }>): FileImported[] => {
  const { state } = input;
  const { role } = command.meta.actor;
  if (!IMPORTING_ROLES.includes(role)) {
    throw new Forbidden({ code: 'role-not-allowed', message: `the ${role} role imports nothing`, details: [{ path: 'meta.actor.role', rule: 'role-not-allowed', message: `allowed: ${IMPORTING_ROLES.join(', ')}` }] });
  }
  const { data } = command;
  if (!SHA256.test(data.fileHash)) throw invalidField({ path: 'data.fileHash', rule: 'sha256', message: 'must be a sha256 in lowercase hex' });
  if (state.files.has(data.fileHash)) return [];
  requireText({ path: 'data.fileName', value: data.fileName });
  if (!Number.isInteger(data.rowCount) || data.rowCount < 0) throw invalidField({ path: 'data.rowCount', rule: 'not-a-count', message: 'must be a whole number ≥ 0' });
  if (!Number.isInteger(data.commandCount) || data.commandCount < 0) throw invalidField({ path: 'data.commandCount', rule: 'not-a-count', message: 'must be a whole number ≥ 0' });
  return [{ type: 'FileImported', data: { ...data } }];
};

/** Folds one import event, changing in place only what the fold's draft owns; never throws. */
export const evolveImportIn = (draft: Draft, state: ImportState, event: Recorded<FileImported>): ImportState => ({
  files: draft.withEntry(state.files, event.data.fileHash, event.id),
});

/** The decider of `import-<cycleId>`. */
export const importDecider: Decider<RecordImport, FileImported, ImportState, undefined> = deciderOf({
  initialState: initialImportState,
  evolve: evolveImportIn,
  decide: decideImport,
});

/** Folds one import event into a state a caller holds (copying what it changes); never throws. */
export const evolveImport = importDecider.evolve;
