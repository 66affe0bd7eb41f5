import { createHash } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import {
  cycleDecider,
  cycleStreamId,
  importDecider,
  importStreamId,
  isCycleEvent,
  isProposalEvent,
  isUnitEvent,
  proposalDecider,
  proposalStreamId,
  unitDecider,
  unitStreamId,
  type Actor,
  type CycleState,
  type FileImported,
  type ImportedSheet,
  type Recorded,
  type Role,
} from '@kaoping/evaluation';
import { ConcurrencyConflict, canonicalJson, commandIdsOf, executeCommand, recordDecidedStream, recordedEvaluationEvent, requestFingerprint, toJson } from '@kaoping/cycle-log';
import { type CheckedRows, type ImportBase, type PlannedCommand, type RowCommand, type StreamState, checkRows } from '../checking/check-rows';
import { type DataRow, type ImportProblem, type ParsedFile, type ParsedSheet, importProblem, readUploadedFile, type UploadedFile } from '../sheets/read-sheets';
import { type SheetColumn, type SheetKind, SHEET_SPECS, commandOfRow, countColumn, targetColumn } from '../sheets/sheet-kinds';

/** Who imports into which cycle, when. */
export type ImportContext = Readonly<{ store: EventStore; cycleId: string; actor: Actor; now: string; correlationId?: string }>;

/** What an import did, or would do (dry run), or why it recorded nothing. */
export type ImportReport = Readonly<{
  status: 'refused' | 'dry-run' | 'recorded';
  fileName: string;
  /** sha256 of the file's bytes (of the canonical JSON for a batch). */
  fileHash: string;
  sheets: readonly ImportedSheet[];
  rowCount: number;
  /** Every problem found, all at once; any problem means nothing was recorded. */
  problems: readonly ImportProblem[];
  /** The commands to record (dry run) or recorded now. */
  planned: readonly PlannedCommand[];
  /** Commands recorded by this call. */
  recorded: number;
  /** Rows recorded by an earlier upload of the same file (nothing new for them). */
  alreadyRecorded: number;
  /** Value rows that repeat the value that counts now (nothing new for them). */
  unchanged: number;
  /** Global position of the last event appended ('null' when nothing was appended). */
  position: string | null;
  /** The FileImported event of the upload (the fact that the file was imported), once recorded. */
  importEventId: string | null;
}>;

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The command id of a row: derived from the file's content hash, its sheet and its row, so uploading it again records nothing. */
export const rowCommandId = (input: Readonly<{ fileHash: string; sheet: string; row: number }>): string => `import:${input.fileHash}:${input.sheet}:${input.row}`;

/** The proposal id of a finding row (derived like its command id, short enough for a stream id). */
export const rowProposalId = (input: Readonly<{ fileHash: string; sheetIndex: number; row: number }>): string => `imp${input.fileHash.slice(0, 16)}s${input.sheetIndex}r${input.row}`;

/** A stream's events the decider folds (`read` picks them, null: not one of them), folded with its `fold`, the revision read, and the command ids in it. */
const foldStream = <S, E>(
  events: readonly RecordedEvent[],
  decider: Readonly<{ fold: (events: Iterable<E>) => S; read: (stored: RecordedEvent) => E | null }>,
): Readonly<{ state: S; revision: number | 'no_stream'; commandIds: ReadonlySet<string> }> => ({
  state: decider.fold(events.flatMap((stored) => decider.read(stored) ?? [])),
  revision: events.at(-1)?.revision ?? 'no_stream',
  commandIds: commandIdsOf(events),
});

/** Reads the cycle and every unit stream of it (and the proposal streams named), folded with the deciders' fold. */
export const loadImportBase = async (input: Readonly<{ store: EventStore; cycleId: string; proposalStreams: readonly string[] }>): Promise<ImportBase> => {
  const { store, cycleId } = input;
  const cycle: CycleState = foldStream(await store.readStream(cycleStreamId(cycleId)), {
    fold: cycleDecider.fold,
    read: (stored) => {
      const event = recordedEvaluationEvent(stored);
      return event !== null && isCycleEvent(event) ? event : null;
    },
  }).state;
  const byStream = new Map<string, RecordedEvent[]>();
  for (const stored of await store.readAll({ filter: { streamPrefixes: [unitStreamId(cycleId, '')] } })) {
    const list = byStream.get(stored.streamId);
    if (list === undefined) byStream.set(stored.streamId, [stored]);
    else list.push(stored);
  }
  const streams = new Map<string, StreamState>();
  for (const [streamId, events] of byStream) {
    const folded = foldStream(events, {
      fold: unitDecider.fold,
      read: (stored) => {
        const event = recordedEvaluationEvent(stored);
        // Keep only this cycle's units: stream ids join ids with '-', the data names the cycle.
        return event !== null && isUnitEvent(event) && event.data.cycleId === cycleId ? event : null;
      },
    });
    streams.set(streamId, { kind: 'unit', ...folded });
  }
  for (const streamId of input.proposalStreams) {
    const folded = foldStream(await store.readStream(streamId), {
      fold: proposalDecider.fold,
      read: (stored) => {
        const event = recordedEvaluationEvent(stored);
        return event !== null && isProposalEvent(event) ? event : null;
      },
    });
    streams.set(streamId, { kind: 'proposal', ...folded });
  }
  return { cycle, streams };
};

/** Turns the parsed sheets' rows into commands (each with its derived id), and the rows that cannot become one into problems. */
export const rowCommandsOf = (input: Readonly<{ sheets: readonly ParsedSheet[]; fileHash: string; context: ImportContext }>): Readonly<{ rows: RowCommand[]; problems: ImportProblem[] }> => {
  const rows: RowCommand[] = [];
  const problems: ImportProblem[] = [];
  input.sheets.forEach((sheet, sheetIndex) => {
    for (const data of sheet.rows) {
      const commandId = rowCommandId({ fileHash: input.fileHash, sheet: sheet.sheet, row: data.row });
      const meta = { commandId, actor: input.context.actor, now: input.context.now };
      const built = commandOfRow(sheet.kind, data.cells, { cycleId: input.context.cycleId, meta, proposalId: rowProposalId({ fileHash: input.fileHash, sheetIndex, row: data.row }) });
      if ('type' in built) rows.push({ sheet: sheet.sheet, row: data.row, columns: sheet.columns, cells: data.cells, command: built });
      else {
        const column = sheet.columns.find((c) => c.key === built.key);
        problems.push(importProblem({ sheet: sheet.sheet, row: data.row, column: column?.zh ?? '', rule: built.rule, value: data.cells.get(built.key) ?? '', zh: built.zh, en: built.en }));
      }
    }
  });
  return { rows, problems };
};

const fileImportedOf = (stored: RecordedEvent): Recorded<FileImported> | null => {
  if (stored.type !== 'FileImported') return null;
  const recorded: unknown = {
    type: stored.type,
    data: stored.data,
    id: stored.id,
    metadata: { actorId: stored.metadata.actorId, role: stored.metadata.role as Role, recordedAt: stored.recordedAt, ...(stored.metadata.commandId === undefined ? {} : { commandId: stored.metadata.commandId }) },
  };
  // The import stream is written only by recordImport below, with this shape.
  return recorded as Recorded<FileImported>;
};

/** Records the upload itself (who, when, file hash, rows per sheet): once per file content and cycle. */
const recordImport = async (context: ImportContext, input: Readonly<{ fileHash: string; fileName: string; sheets: readonly ImportedSheet[]; rowCount: number; commandCount: number }>): Promise<string | null> => {
  const commandId = `import:${input.fileHash}`;
  const command = { type: 'RecordImport' as const, data: { cycleId: context.cycleId, ...input }, meta: { commandId, actor: context.actor, now: context.now } };
  const outcome = await executeCommand({
    store: context.store,
    streamId: importStreamId(context.cycleId),
    trace: {
      commandId,
      actorId: context.actor.userId,
      role: context.actor.role,
      ...(context.correlationId === undefined ? {} : { correlationId: context.correlationId }),
      extra: { ...(context.actor.unitId === undefined ? {} : { unitId: context.actor.unitId }), ...(context.actor.providerId === undefined ? {} : { providerId: context.actor.providerId }) },
    },
    // The request is "this file was imported into this cycle": the same by whoever uploads it again.
    fingerprint: requestFingerprint({ type: command.type, cycleId: context.cycleId, fileHash: input.fileHash }),
    decider: {
      fold: (stored) => importDecider.fold(stored.flatMap((event) => fileImportedOf(event) ?? [])),
      decide: (state) => importDecider.decide(command, { state, context: undefined }),
    },
  });
  return outcome.eventIds[0] ?? null;
};

const MAX_ATTEMPTS = 3;

/**
 * Imports parsed sheets: every row checked first (nothing recorded if any row is refused), then
 * the decided commands appended stream by stream, then the upload recorded as a fact. Another
 * writer moving a stream meanwhile makes it check again from the log (rows already recorded are
 * recognised by their command ids), up to three times.
 */
export const importSheets = async (
  context: ImportContext,
  input: Readonly<{ parsed: ParsedFile; fileHash: string; fileName: string; dryRun?: boolean }>,
): Promise<ImportReport> => {
  const { parsed, fileHash, fileName } = input;
  const sheets = parsed.sheets.map((sheet) => ({ sheet: sheet.sheet, kind: sheet.kind, rows: sheet.rows.length }));
  const rowCount = sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
  const report = (fields: Pick<ImportReport, 'status' | 'problems' | 'planned' | 'recorded' | 'alreadyRecorded' | 'unchanged' | 'position' | 'importEventId'>): ImportReport => ({ fileName, fileHash, sheets, rowCount, ...fields });
  const built = rowCommandsOf({ sheets: parsed.sheets, fileHash, context });
  for (let attempt = 1; ; attempt += 1) {
    const proposalStreams = [...new Set(built.rows.flatMap((row) => (row.command.type === 'RecordInspectionFinding' ? [proposalStreamId(context.cycleId, row.command.data.proposalId)] : [])))];
    const base = await loadImportBase({ store: context.store, cycleId: context.cycleId, proposalStreams });
    const checked: CheckedRows = checkRows({ base, rows: built.rows });
    const problems = [...parsed.problems, ...built.problems, ...checked.problems].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
    if (problems.length > 0) return report({ status: 'refused', problems, planned: [], recorded: 0, alreadyRecorded: checked.alreadyRecorded, unchanged: checked.unchanged, position: null, importEventId: null });
    if (input.dryRun === true) return report({ status: 'dry-run', problems, planned: checked.planned, recorded: 0, alreadyRecorded: checked.alreadyRecorded, unchanged: checked.unchanged, position: null, importEventId: null });
    try {
      let position: string | null = null;
      // Units first: a finding's proposal names a unit registered by the same file.
      const ordered = [...checked.streams].sort((a, b) => Number(b.streamId.startsWith('unit-')) - Number(a.streamId.startsWith('unit-')));
      for (const stream of ordered) {
        const result = await recordDecidedStream({ store: context.store, stream, ...(context.correlationId === undefined ? {} : { correlationId: context.correlationId }) });
        position = result.position ?? position;
      }
      const importEventId = await recordImport(context, { fileHash, fileName, sheets, rowCount, commandCount: checked.planned.length + checked.alreadyRecorded });
      return report({ status: 'recorded', problems, planned: checked.planned, recorded: checked.planned.length, alreadyRecorded: checked.alreadyRecorded, unchanged: checked.unchanged, position, importEventId });
    } catch (error: unknown) {
      if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};

/** Imports an uploaded .xlsx or CSV file (see {@link importSheets}); its command ids derive from the file's sha256. */
export const importFile = async (context: ImportContext, input: Readonly<{ file: UploadedFile; dryRun?: boolean }>): Promise<ImportReport> => {
  const parsed = await readUploadedFile(input.file);
  return importSheets(context, { parsed, fileHash: sha256Hex(input.file.bytes), fileName: input.file.name, ...(input.dryRun === undefined ? {} : { dryRun: input.dryRun }) });
};

const cellOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/**
 * Imports a batch of JSON items of one sheet kind exactly as the rows of a sheet named after the
 * kind (item n is row n): the same checking, all or nothing; the command ids derive from the
 * hash of the batch's canonical JSON, so the same batch sent again records nothing.
 */
export const importItems = (
  context: ImportContext,
  input: Readonly<{ kind: SheetKind; items: readonly Readonly<Record<string, unknown>>[]; dryRun?: boolean }>,
): Promise<ImportReport> => {
  const { kind, items } = input;
  const columns = new Map<string, SheetColumn>(SHEET_SPECS[kind].columns.map((c) => [c.key, c]));
  const rows: DataRow[] = items.map((item, index) => {
    const cells = new Map<string, string>();
    for (const [key, value] of Object.entries(item)) {
      if ((key === 'targets' || key === 'counts') && typeof value === 'object' && value !== null) {
        for (const [id, entry] of Object.entries(value)) {
          const dynamic = key === 'targets' ? targetColumn(id, id) : countColumn(id, id);
          columns.set(dynamic.key, dynamic);
          cells.set(dynamic.key, cellOf(entry));
        }
      } else cells.set(key, cellOf(value));
    }
    return { row: index + 1, cells };
  });
  const parsed: ParsedFile = { sheets: [{ sheet: kind, kind, columns: [...columns.values()], rows }], problems: [] };
  const fileHash = sha256Hex(canonicalJson(toJson({ kind, items })));
  return importSheets(context, { parsed, fileHash, fileName: `${kind}.json`, ...(input.dryRun === undefined ? {} : { dryRun: input.dryRun }) });
};
