import {
  DomainError,
  commandRoute,
  compareDecimal,
  isDecimalString,
  slotKey,
  proposalDecider,
  unitDecider,
  isProposalCommand,
  isUnitCommand,
  type CycleState,
  type DomainEvent,
  type EvaluationCommand,
  type ProposalEvent,
  type ProposalState,
  type Recorded,
  type RecordedMetadata,
  type StreamFold,
  type UnitCommand,
  type UnitEvent,
  type UnitState,
} from '@kaoping/evaluation';
import { eventIdFor, type DecidedCommand, type DecidedStream } from '@kaoping/cycle-log';
import { type ImportProblem, importProblem } from '../sheets/read-sheets';
import { COUNT_PREFIX, type RowCells, type SheetColumn, TARGET_PREFIX } from '../sheets/sheet-kinds';
import { ruleMessageZh } from './rule-messages';

/**
 * A stream's state as read before the import: folded, the revision it was read at, and the
 * command ids it holds (a row whose id is among them was recorded before: the import, like the
 * command shell, recognises a repeated command by its id; the deciders do not).
 */
export type StreamState =
  | Readonly<{ kind: 'unit'; state: UnitState; revision: number | 'no_stream'; commandIds: ReadonlySet<string> }>
  | Readonly<{ kind: 'proposal'; state: ProposalState; revision: number | 'no_stream'; commandIds: ReadonlySet<string> }>;

/** The cycle and the streams an import's rows touch, as read before checking. */
export type ImportBase = Readonly<{ cycle: CycleState; streams: ReadonlyMap<string, StreamState> }>;

/** A row turned into its command (or the problems that kept it from becoming one). */
export type RowCommand = Readonly<{ sheet: string; row: number; columns: readonly SheetColumn[]; cells: RowCells; command: EvaluationCommand }>;

/** A command the import would record: where it comes from, what it is, on which stream. */
export type PlannedCommand = Readonly<{ sheet: string; row: number; commandId: string; type: string; streamId: string; events: readonly string[] }>;

/** The outcome of checking: every problem at once, or the streams to append to. */
export type CheckedRows = Readonly<{
  problems: readonly ImportProblem[];
  streams: readonly DecidedStream[];
  planned: readonly PlannedCommand[];
  /** Rows whose command id the log holds already (recorded by an earlier upload of the same file). */
  alreadyRecorded: number;
  /** Value rows that repeat the value that counts now (a template sent back with its earlier values): nothing to record. */
  unchanged: number;
}>;

const columnKeyOfPath = (path: string): string => {
  const field = path.replace(/^(data|meta)\./, '');
  const target = /^targets\.(.+)$/.exec(field);
  if (target?.[1] !== undefined) return `${TARGET_PREFIX}${target[1]}`;
  const count = /^counts\.(.+)$/.exec(field);
  if (count?.[1] !== undefined) return `${COUNT_PREFIX}${count[1]}`;
  if (field.startsWith('actor')) return '';
  if (field === 'data' || field === 'meta') return '';
  return field.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
};

/** Refusals of scope name the actor, but the cell that crossed the scope is the one a person fixes. */
const RULE_COLUMNS: Readonly<Record<string, string>> = { 'not-own-indicator': 'indicatorId', 'not-own-unit': 'unitId', 'not-assigned-rater': 'unitId', 'unit-not-found': 'unitId', 'unit-retired': 'unitId' };

/** The problems of a refused row: each detail of the decider's error placed in its column. */
export const problemsOfRefusal = (row: RowCommand, error: DomainError): ImportProblem[] => {
  const details = error.details.length > 0 ? error.details : [{ path: '', rule: error.code, message: error.message }];
  return details.map((detail) => {
    const rule = detail.rule === '' ? error.code : detail.rule;
    const key = RULE_COLUMNS[rule] ?? RULE_COLUMNS[error.code] ?? columnKeyOfPath(detail.path);
    const column = row.columns.find((c) => c.key === key);
    return importProblem({
      sheet: row.sheet,
      row: row.row,
      column: column?.zh ?? '',
      rule,
      value: key === '' ? '' : (row.cells.get(key) ?? ''),
      zh: ruleMessageZh(rule),
      en: detail.message === '' ? error.message : `${detail.message}${error.message !== detail.message && !error.message.endsWith(detail.message) ? ` (${error.message})` : ''}`,
    });
  });
};

/**
 * What a value row asks for, given the value that counts now for its slot: nothing new when it
 * repeats that value (`'unchanged'`); a correction of that value, with the row's reason, when it
 * differs (the decider refuses it without a reason); the row's own command otherwise
 * (`undefined`). A row recorded before never comes here (its command id is in the stream).
 */
const valueRowAsked = (command: UnitCommand, unit: UnitState): UnitCommand | 'unchanged' | undefined => {
  if (command.type !== 'SubmitData' || unit.status !== 'registered' || command.data.period === undefined) return undefined;
  const current = unit.currentValues.get(slotKey(command.data.indicatorId, command.data.period));
  const earlier = current === undefined ? undefined : unit.submissions.get(current);
  if (current === undefined || earlier === undefined || !isDecimalString(command.data.value)) return undefined;
  if (compareDecimal(command.data.value, earlier.value) === 0) return 'unchanged';
  return { type: 'CorrectData', data: { cycleId: command.data.cycleId, unitId: command.data.unitId, supersedes: current, value: command.data.value }, meta: command.meta };
};

// Each stream touched is folded on, row after row, by one fold of its own: the state a row is
// decided on is the fold's so far (the base's state is copied where a row changes it, never changed).
// `commandIds` holds the command ids of the stream so far: the log's and the rows decided above.
type Working =
  | { kind: 'unit'; fold: StreamFold<UnitState, Recorded<UnitEvent>>; revision: number | 'no_stream'; commandIds: Set<string>; decided: DecidedCommand[] }
  | { kind: 'proposal'; fold: StreamFold<ProposalState, Recorded<ProposalEvent>>; revision: number | 'no_stream'; commandIds: Set<string>; decided: DecidedCommand[] };

const recorded = <E extends DomainEvent>(event: E, input: Readonly<{ command: EvaluationCommand; index: number; streamId: string }>): Recorded<E> => {
  const { meta } = input.command;
  const metadata: RecordedMetadata = {
    actorId: meta.actor.userId,
    role: meta.actor.role,
    commandId: meta.commandId,
    recordedAt: meta.now,
    ...(meta.reason === undefined ? {} : { reason: meta.reason }),
    ...(meta.evidence === undefined ? {} : { evidence: meta.evidence }),
    ...(meta.effectiveDate === undefined ? {} : { effectiveDate: meta.effectiveDate }),
    ...(meta.actor.providerId === undefined ? {} : { providerId: meta.actor.providerId }),
    ...(meta.actor.unitId === undefined ? {} : { unitId: meta.actor.unitId }),
  };
  return { ...event, id: eventIdFor(meta.commandId, input.index), metadata, streamId: input.streamId };
};

/**
 * Checks every row against the scheme and the cycle's state without recording anything: each
 * row's command goes through its stream's pure decider against the state folded so far — the
 * log as read, then the rows above it — so a later row sees an earlier row's effect (a unit
 * registered, a value submitted twice). Every refusal becomes a problem naming sheet, row, column,
 * rule and value; the checking goes on to the end. A row whose command id the stream already
 * holds (the same file uploaded before) decides nothing and is counted as already recorded.
 */
export const checkRows = (input: Readonly<{ base: ImportBase; rows: readonly RowCommand[] }>): CheckedRows => {
  const { cycle } = input.base;
  const working = new Map<string, Working>();
  const problems: ImportProblem[] = [];
  const planned: PlannedCommand[] = [];
  let alreadyRecorded = 0;

  const streamOf = (streamId: string, kind: 'unit' | 'proposal'): Working => {
    const existing = working.get(streamId);
    if (existing !== undefined) return existing;
    const base = input.base.streams.get(streamId);
    const commandIds = new Set(base?.commandIds);
    const fresh: Working =
      kind === 'unit'
        ? { kind: 'unit', fold: unitDecider.startFold(base?.kind === 'unit' ? base.state : undefined), revision: base?.revision ?? 'no_stream', commandIds, decided: [] }
        : { kind: 'proposal', fold: proposalDecider.startFold(base?.kind === 'proposal' ? base.state : undefined), revision: base?.revision ?? 'no_stream', commandIds, decided: [] };
    working.set(streamId, fresh);
    return fresh;
  };

  let unchanged = 0;

  for (const row of input.rows) {
    const route = commandRoute(row.command);
    try {
      if (isUnitCommand(row.command)) {
        const stream = streamOf(route.stream, 'unit');
        if (stream.kind !== 'unit') throw new Error(`${route.stream} is not a unit stream`);
        if (stream.commandIds.has(row.command.meta.commandId)) {
          alreadyRecorded += 1;
          continue;
        }
        const asked = valueRowAsked(row.command, stream.fold.state());
        if (asked === 'unchanged') {
          unchanged += 1;
          continue;
        }
        const command = asked ?? row.command;
        // A unit registered under a parent (in the log or on an earlier row) is decided against it.
        const parentStream = route.context.unit === undefined ? undefined : streamOf(route.context.unit, 'unit');
        const parent = parentStream?.kind === 'unit' ? parentStream.fold.state() : undefined;
        const events = unitDecider.decide(command, { state: stream.fold.state(), context: { cycle, ...(parent === undefined ? {} : { parent }) } });
        if (events.length === 0) alreadyRecorded += 1;
        else {
          events.forEach((event, index) => stream.fold.evolve(recorded(event, { command, index, streamId: route.stream })));
          stream.commandIds.add(command.meta.commandId);
          stream.decided.push({ command, events });
          planned.push({ sheet: row.sheet, row: row.row, commandId: command.meta.commandId, type: command.type, streamId: route.stream, events: events.map((e) => e.type) });
        }
      } else if (isProposalCommand(row.command)) {
        const { command } = row;
        const stream = streamOf(route.stream, 'proposal');
        if (stream.kind !== 'proposal') throw new Error(`${route.stream} is not a proposal stream`);
        if (stream.commandIds.has(command.meta.commandId)) {
          alreadyRecorded += 1;
          continue;
        }
        const unitStream = route.context.unit === undefined ? undefined : streamOf(route.context.unit, 'unit');
        const unit = unitStream?.kind === 'unit' ? unitStream.fold.state() : undefined;
        const events = proposalDecider.decide(command, { state: stream.fold.state(), context: { cycle, ...(unit === undefined ? {} : { unit }) } });
        if (events.length === 0) alreadyRecorded += 1;
        else {
          events.forEach((event, index) => stream.fold.evolve(recorded(event, { command, index, streamId: route.stream })));
          stream.commandIds.add(command.meta.commandId);
          stream.decided.push({ command, events });
          planned.push({ sheet: row.sheet, row: row.row, commandId: command.meta.commandId, type: command.type, streamId: route.stream, events: events.map((e) => e.type) });
        }
      } else {
        const { command } = row;
        problems.push(importProblem({ sheet: row.sheet, row: row.row, column: '', rule: 'not-importable', value: command.type, zh: '此类操作不能通过导入进行', en: `${command.type} is not imported from spreadsheets` }));
      }
    } catch (error: unknown) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(...problemsOfRefusal(row, error));
    }
  }
  const streams: DecidedStream[] = [...working.entries()]
    .filter(([, stream]) => stream.decided.length > 0)
    .map(([streamId, stream]) => ({ streamId, expectedRevision: stream.revision, commands: stream.decided }));
  return { problems, streams, planned, alreadyRecorded, unchanged };
};
