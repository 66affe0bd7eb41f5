import { PHASE_IDS, type PhaseId, type SchemeDocument, type WorkingDayAmendment, parseScheme } from '@kaoping/scoring';
import { guarded } from '../deciding/guards';
import { requireActiveCycle } from '../phases/phase.rules';
import { Conflict, NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { dayOf, requireIsoDate, requireOneOf, requireReason, requireText } from '../shared/validation.util';
import type {
  AmendCalendar,
  AmendScheme,
  AssignRater,
  ClosePhase,
  CreateCycle,
  CycleCommand,
  ChaseUnits,
  IssueReminder,
  MovePhase,
  OpenPhase,
  PublishScheme,
  RecordDeadlinePassed,
} from './cycle.commands';
import { deadlinesOf, periodsClosedBy, phaseDatesOf } from './cycle.calendar';
import { requireValidScheme } from './scheme-document';
import type { CalendarDay, CycleEvent } from './cycle.events';
import type { ActiveCycle, CycleState, PhaseState, PublishedScheme } from './cycle.state';
import { EMPTY_SCHEME_INDEX, raterRolesOf, schemeIndexOf } from './scheme-index';

/** CreateCycle naming a predecessor reads that cycle's stream (it must exist); other commands need none. */
export type CycleContext = Readonly<{ predecessor?: CycleState }> | undefined;

/** The cycle before its first event. */
export const initialCycleState = (): CycleState => ({ status: 'none' });

// ── decide ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Stream ids join ids with '-' (`unit-<cycleId>-<unitId>`): a '-' in a cycle id would let two
 * cycles share a unit's stream ('a' + 'b-c' and 'a-b' + 'c'), so cycle ids have none.
 */
const CYCLE_ID = /^[A-Za-z0-9][A-Za-z0-9_.]{0,63}$/;

const requireCycleId = (value: string): string => {
  if (!CYCLE_ID.test(value)) {
    throw invalidField({
      path: 'cycleId',
      rule: 'cycle-id',
      message: "must be 1–64 letters, digits, '.' or '_' (no '-': it separates ids in stream names)",
    });
  }
  return value;
};

// The predecessor must be another cycle that exists (it need not be published yet: its results are read when they are).
const requirePredecessor = (command: CreateCycle, context: CycleContext): string | undefined => {
  const { predecessorCycleId, cycleId } = command.data;
  if (predecessorCycleId === undefined) return undefined;
  if (predecessorCycleId === cycleId) {
    throw invalidField({ path: 'predecessorCycleId', rule: 'predecessor-is-itself', message: 'a cycle cannot follow itself' });
  }
  if (context?.predecessor === undefined || context.predecessor.status === 'none') {
    throw invalidField({ path: 'predecessorCycleId', rule: 'unknown-cycle', message: `no cycle ${predecessorCycleId}` });
  }
  return predecessorCycleId;
};

const createCycle = (command: CreateCycle, state: CycleState, context: CycleContext): CycleEvent[] => {
  if (state.status !== 'none') throw new Conflict({ code: 'cycle-exists', message: `cycle ${command.data.cycleId} already exists` });
  const { year } = command.data;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw invalidField({ path: 'year', rule: 'not-a-year', message: 'must be a four-digit year' });
  }
  const predecessorCycleId = requirePredecessor(command, context);
  return [
    {
      type: 'CycleCreated',
      data: {
        cycleId: requireCycleId(command.data.cycleId),
        year,
        name: requireText({ path: 'name', value: command.data.name }),
        ...(predecessorCycleId === undefined ? {} : { predecessorCycleId }),
      },
    },
  ];
};

const publishScheme = (command: PublishScheme, state: CycleState): CycleEvent[] => {
  if (state.status === 'none') throw new NotFound({ code: 'cycle-not-found', message: 'the cycle does not exist' });
  if (state.status === 'active') {
    throw new Conflict({ code: 'scheme-already-published', message: 'the scheme is published: amend it with a reason' });
  }
  const scheme = requireValidScheme(command.data.scheme);
  return [{ type: 'SchemePublished', data: { cycleId: state.cycleId, version: scheme.version, scheme: scheme.document } }];
};

const amendScheme = (command: AmendScheme, cycle: ActiveCycle): CycleEvent[] => {
  requireReason(command.meta);
  const scheme = requireValidScheme(command.data.scheme);
  if (scheme.version <= cycle.scheme.version) {
    throw invalidField({
      path: 'scheme.version',
      rule: 'version-not-increased',
      message: `an amendment needs a version above ${cycle.scheme.version}`,
    });
  }
  return [
    {
      type: 'SchemeAmended',
      data: {
        cycleId: cycle.cycleId,
        version: scheme.version,
        previousVersion: cycle.scheme.version,
        scheme: scheme.document,
        ...(command.data.changes === undefined ? {} : { changes: command.data.changes }),
      },
    },
  ];
};

const assignRater = (command: AssignRater, cycle: ActiveCycle): CycleEvent[] => {
  const raterId = requireText({ path: 'raterId', value: command.data.raterId });
  const raterRole = requireText({ path: 'raterRole', value: command.data.raterRole });
  const known = raterRolesOf(cycle.scheme.index);
  if (known !== undefined && !known.has(raterRole)) {
    throw invalidField({ path: 'raterRole', rule: 'unknown-rater-role', message: `the scheme rates with ${[...known].join(', ')}` });
  }
  const { units, indicators } = command.data;
  if (units !== 'all') {
    if (units.length === 0) throw invalidField({ path: 'units', rule: 'empty-list', message: "list the units, or give 'all'" });
    units.forEach((unitId, at) => requireText({ path: `units[${at}]`, value: unitId }));
  }
  indicators?.forEach((indicatorId, at) => {
    const rated = [...cycle.scheme.index.categories.values()].some((category) => {
      const method = category.indicators.get(indicatorId)?.method;
      return method === 'rating' || method === 'points';
    });
    if (!rated) throw invalidField({ path: `indicators[${at}]`, rule: 'unknown-indicator', message: `${indicatorId} is no rated indicator of the scheme` });
  });
  return [
    {
      type: 'RaterAssigned',
      data: { cycleId: cycle.cycleId, raterId, raterRole, units, ...(indicators === undefined ? {} : { indicators }) },
    },
  ];
};

const phaseOf = (value: unknown): PhaseId => requireOneOf({ path: 'phase', value, allowed: PHASE_IDS });

const openPhase = (command: OpenPhase, cycle: ActiveCycle): CycleEvent[] => {
  const phase = phaseOf(command.data.phase);
  if (cycle.phases[phase].status !== 'pending') {
    throw new Conflict({ code: 'phase-already-opened', message: `phase ${phase} has already been opened` });
  }
  const later = PHASE_IDS.slice(PHASE_IDS.indexOf(phase) + 1).filter((next) => cycle.phases[next].status !== 'pending');
  if (later.length > 0) {
    throw new RuleViolated({ code: 'phase-order', message: `phase ${phase} cannot open after ${later.join(', ')}` });
  }
  const start = phaseDatesOf(cycle, phase).start;
  if (command.data.trigger === 'schedule' && (start === undefined || dayOf(command.meta.now) < start)) {
    throw new RuleViolated({ code: 'not-scheduled-yet', message: `phase ${phase} is scheduled to open on ${start ?? '(no date)'}` });
  }
  return [{ type: 'PhaseOpened', data: { cycleId: cycle.cycleId, phase, trigger: command.data.trigger } }];
};

const closePhase = (command: ClosePhase, cycle: ActiveCycle): CycleEvent[] => {
  const phase = phaseOf(command.data.phase);
  if (cycle.phases[phase].status !== 'open') {
    throw new RuleViolated({ code: 'phase-not-open', message: `phase ${phase} is not open` });
  }
  const end = phaseDatesOf(cycle, phase).end;
  if (command.data.trigger === 'schedule' && (end === undefined || dayOf(command.meta.now) <= end)) {
    throw new RuleViolated({ code: 'not-scheduled-yet', message: `phase ${phase} runs until ${end ?? '(no date)'}` });
  }
  const given = command.data.periods;
  given?.forEach((period, at) => {
    if (!cycle.scheme.index.periods.includes(period)) {
      throw invalidField({ path: `periods[${at}]`, rule: 'unknown-period', message: `${period} is not a period of the scheme` });
    }
  });
  return [
    {
      type: 'PhaseClosed',
      data: { cycleId: cycle.cycleId, phase, trigger: command.data.trigger, periodsClosed: given ?? periodsClosedBy(cycle, phase) },
    },
  ];
};

const movePhase = (command: MovePhase, cycle: ActiveCycle): CycleEvent[] => {
  requireReason(command.meta);
  const phase = phaseOf(command.data.phase);
  if (cycle.phases[phase].status === 'closed') throw new RuleViolated({ code: 'phase-closed', message: `phase ${phase} has closed` });
  const { start, end } = command.data;
  if (start === undefined && end === undefined) {
    throw invalidField({ path: 'start', rule: 'nothing-to-move', message: 'give a new start, a new end, or both' });
  }
  if (start !== undefined) requireIsoDate({ path: 'start', value: start });
  if (end !== undefined) requireIsoDate({ path: 'end', value: end });
  const previous = phaseDatesOf(cycle, phase);
  if (start !== undefined && cycle.phases[phase].status === 'open' && start !== previous.start) {
    throw new RuleViolated({ code: 'phase-open', message: `phase ${phase} is open: only its end can move` });
  }
  const newStart = start ?? previous.start;
  const newEnd = end ?? previous.end;
  if (newStart !== undefined && newEnd !== undefined && newStart > newEnd) {
    throw invalidField({ path: 'end', rule: 'end-before-start', message: `ends ${newEnd}, before its start ${newStart}` });
  }
  return [
    {
      type: 'PhaseMoved',
      data: {
        cycleId: cycle.cycleId,
        phase,
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
        ...(previous.start === undefined ? {} : { previousStart: previous.start }),
        ...(previous.end === undefined ? {} : { previousEnd: previous.end }),
      },
    },
  ];
};

const CALENDAR_DAYS: readonly CalendarDay[] = ['working', 'holiday', 'ordinary'];

const amendCalendar = (command: AmendCalendar, cycle: ActiveCycle): CycleEvent[] => {
  requireReason(command.meta);
  const date = requireIsoDate({ path: 'date', value: command.data.date });
  const day = requireOneOf({ path: 'day', value: command.data.day, allowed: CALENDAR_DAYS });
  return [{ type: 'CalendarAmended', data: { cycleId: cycle.cycleId, date, day } }];
};

const deadlineOf = (cycle: ActiveCycle, deadlineId: string) => {
  const deadline = deadlinesOf(cycle).find((entry) => entry.id === deadlineId);
  if (deadline === undefined) {
    throw invalidField({ path: 'deadlineId', rule: 'unknown-deadline', message: `${deadlineId} is not a deadline of the scheme calendar` });
  }
  return deadline;
};

// A deadline passes once: a second worker reporting it adds nothing (idempotent by deadline id).
const recordDeadlinePassed = (command: RecordDeadlinePassed, cycle: ActiveCycle): CycleEvent[] => {
  const deadline = deadlineOf(cycle, command.data.deadlineId);
  if (cycle.deadlinesPassed.has(deadline.id)) return [];
  if (dayOf(command.meta.now) <= deadline.due) {
    throw new RuleViolated({ code: 'deadline-not-passed', message: `deadline ${deadline.id} is due on ${deadline.due}` });
  }
  command.data.overdue.forEach((item, at) => requireText({ path: `overdue[${at}].unitId`, value: item.unitId }));
  return [
    {
      type: 'DeadlinePassed',
      data: {
        cycleId: cycle.cycleId,
        deadlineId: deadline.id,
        kind: deadline.kind,
        ...(deadline.period === undefined ? {} : { period: deadline.period }),
        dueAt: deadline.due,
        overdue: command.data.overdue,
        ...(command.data.recipients === undefined ? {} : { recipients: command.data.recipients }),
      },
    },
  ];
};

const issueReminder = (command: IssueReminder, cycle: ActiveCycle): CycleEvent[] => {
  const deadline = deadlineOf(cycle, command.data.deadlineId);
  const remindOn = requireIsoDate({ path: 'remindOn', value: command.data.remindOn });
  if (cycle.remindersIssued.has(`${deadline.id}@${remindOn}`)) return [];
  // Once the deadline has passed the overdue notice covers it: a reminder then (a late job, a
  // catch-up after downtime) would arrive after the fact, so none is recorded.
  if (cycle.deadlinesPassed.has(deadline.id) || dayOf(command.meta.now) > deadline.due) return [];
  return [
    {
      type: 'ReminderIssued',
      data: { cycleId: cycle.cycleId, deadlineId: deadline.id, dueAt: deadline.due, remindOn, recipients: command.data.recipients },
    },
  ];
};

/**
 * A chase is a person's deliberate act: recorded each time, before the deadline or after it (an
 * overdue unit is chased most), for the units named, to whoever owes their items.
 */
const chaseUnits = (command: ChaseUnits, cycle: ActiveCycle): CycleEvent[] => {
  const deadline = deadlineOf(cycle, command.data.deadlineId);
  const { unitIds, recipients } = command.data;
  if (unitIds.length === 0) throw invalidField({ path: 'unitIds', rule: 'empty-list', message: 'name the units chased' });
  unitIds.forEach((unitId, at) => requireText({ path: `unitIds[${at}]`, value: unitId }));
  if (recipients.length === 0) throw invalidField({ path: 'recipients', rule: 'empty-list', message: 'nobody to tell' });
  recipients.forEach((recipient, at) => requireText({ path: `recipients[${at}]`, value: recipient }));
  return [{ type: 'UnitsChased', data: { cycleId: cycle.cycleId, deadlineId: deadline.id, dueAt: deadline.due, unitIds, recipients } }];
};

const decideOnActive = (command: Exclude<CycleCommand, CreateCycle | PublishScheme>, cycle: ActiveCycle): CycleEvent[] => {
  switch (command.type) {
    case 'AmendScheme':
      return amendScheme(command, cycle);
    case 'AssignRater':
      return assignRater(command, cycle);
    case 'OpenPhase':
      return openPhase(command, cycle);
    case 'ClosePhase':
      return closePhase(command, cycle);
    case 'MovePhase':
      return movePhase(command, cycle);
    case 'AmendCalendar':
      return amendCalendar(command, cycle);
    case 'RecordDeadlinePassed':
      return recordDeadlinePassed(command, cycle);
    case 'IssueReminder':
      return issueReminder(command, cycle);
    case 'ChaseUnits':
      return chaseUnits(command, cycle);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

/** Decides a cycle command: [] for a command id already seen; throws a DomainError when refused. */
const isCreation = (command: CycleCommand): command is CreateCycle | PublishScheme => command.type === 'CreateCycle' || command.type === 'PublishScheme';

export const decideCycle = guarded<CycleCommand, CycleEvent, CycleState, CycleContext, ActiveCycle | undefined>(
  {
    cycleOf: ({ state }) => state,
    activeCycle: (command, cycle) => (isCreation(command) ? undefined : requireActiveCycle(cycle)),
    scope: (_command, { state }) => ({ cycle: state }),
  },
  (command, { state, context, cycle }) => {
    if (isCreation(command)) return command.type === 'CreateCycle' ? createCycle(command, state, context) : publishScheme(command, state);
    return decideOnActive(command, cycle ?? requireActiveCycle(state));
  },
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

const PENDING: PhaseState = { status: 'pending' };
const pendingPhases = (): Readonly<Record<PhaseId, PhaseState>> => ({
  planning: PENDING,
  monitoring: PENDING,
  'mid-year': PENDING,
  'year-end': PENDING,
  review: PENDING,
  publication: PENDING,
  results: PENDING,
  rectification: PENDING,
});

// The document was validated when it was decided; a log written by an older library that no longer
// reads keeps the cycle usable with an empty index rather than making evolve throw.
const parsedScheme = (input: Readonly<{ version: number; document: unknown }>): PublishedScheme => {
  const parsed = parseScheme(input.document);
  if (!parsed.ok) return { version: input.version, document: input.document, valid: undefined, index: EMPTY_SCHEME_INDEX };
  // parseScheme accepted it, so it has the SchemeDocument shape.
  return { version: input.version, document: input.document, valid: parsed.scheme, index: schemeIndexOf(input.document as SchemeDocument) };
};

// Every fold of a cycle read from the log meets its scheme again as a new object (an explanation
// on demand, an audit as of a moment, a snapshot, the directory's outline, a read of the stored
// version): the same document, by its text, is validated, compiled and indexed once. A few recent
// ones are kept (a server holds a handful of cycles).
const SCHEMES_KEPT = 16;
const schemesByText = new Map<string, PublishedScheme>();

/** A published scheme document ready to score with (`valid` undefined if it no longer validates), compiled once per document text. */
export const publishedSchemeOf = (input: Readonly<{ version: number; document: unknown }>): PublishedScheme => {
  const text = `${input.version}\u0000${JSON.stringify(input.document)}`;
  const kept = schemesByText.get(text);
  if (kept !== undefined) return kept;
  const scheme = parsedScheme(input);
  if (schemesByText.size >= SCHEMES_KEPT) schemesByText.delete(schemesByText.keys().next().value ?? '');
  schemesByText.set(text, scheme);
  return scheme;
};

/** The amendments with `date` counted as `day`: the latest word on a date replaces any earlier one. */
const amendedWorkingDays = (amendment: WorkingDayAmendment, change: Readonly<{ date: string; day: CalendarDay }>): WorkingDayAmendment => {
  const without = (days: readonly string[] | undefined): readonly string[] => (days ?? []).filter((day) => day !== change.date);
  const holidays = without(amendment.holidays);
  const workdays = without(amendment.workdays);
  const ordinary = without(amendment.ordinary);
  return {
    holidays: change.day === 'holiday' ? [...holidays, change.date] : holidays,
    workdays: change.day === 'working' ? [...workdays, change.date] : workdays,
    ordinary: change.day === 'ordinary' ? [...ordinary, change.date] : ordinary,
  };
};

const evolveActive = (draft: Draft, cycle: ActiveCycle, event: Recorded<CycleEvent>): ActiveCycle => {
  const at = event.metadata.recordedAt;
  switch (event.type) {
    case 'CycleCreated':
    case 'SchemePublished':
      return cycle;
    case 'SchemeAmended':
      return { ...cycle, scheme: publishedSchemeOf({ version: event.data.version, document: event.data.scheme }) };
    case 'RaterAssigned': {
      const { raterId, raterRole, units, indicators } = event.data;
      const others = cycle.raters.filter((rater) => rater.raterId !== raterId || rater.raterRole !== raterRole);
      return { ...cycle, raters: [...others, { raterId, raterRole, units, ...(indicators === undefined ? {} : { indicators }) }] };
    }
    case 'PhaseOpened':
      return { ...cycle, phases: { ...cycle.phases, [event.data.phase]: { status: 'open', openedAt: at } } };
    case 'PhaseClosed': {
      const previous = cycle.phases[event.data.phase];
      const closed: PhaseState = {
        status: 'closed',
        ...(previous.status === 'open' ? { openedAt: previous.openedAt } : {}),
        closedAt: at,
        periodsClosed: event.data.periodsClosed,
      };
      return {
        ...cycle,
        phases: { ...cycle.phases, [event.data.phase]: closed },
        closedPeriods: draft.withMembers(cycle.closedPeriods, event.data.periodsClosed),
      };
    }
    case 'PhaseMoved': {
      const previous = cycle.phaseDates[event.data.phase] ?? {};
      const moved = {
        ...previous,
        ...(event.data.start === undefined ? {} : { start: event.data.start }),
        ...(event.data.end === undefined ? {} : { end: event.data.end }),
      };
      return { ...cycle, phaseDates: { ...cycle.phaseDates, [event.data.phase]: moved } };
    }
    case 'CalendarAmended':
      return { ...cycle, workingDays: amendedWorkingDays(cycle.workingDays, event.data) };
    case 'DeadlinePassed':
      return { ...cycle, deadlinesPassed: draft.withMember(cycle.deadlinesPassed, event.data.deadlineId) };
    case 'ReminderIssued':
      return { ...cycle, remindersIssued: draft.withMember(cycle.remindersIssued, `${event.data.deadlineId}@${event.data.remindOn}`) };
    case 'UnitsChased':
      return cycle;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** Folds one cycle event, changing in place only what the fold's draft owns; never throws. */
export const evolveCycleIn = (draft: Draft, state: CycleState, event: Recorded<CycleEvent>): CycleState => {
  switch (state.status) {
    case 'none':
      return event.type === 'CycleCreated'
        ? {
            status: 'created',
            cycleId: event.data.cycleId,
            year: event.data.year,
            name: event.data.name,
            ...(event.data.predecessorCycleId === undefined ? {} : { predecessorCycleId: event.data.predecessorCycleId }),
          }
        : state;
    case 'created':
      return event.type === 'SchemePublished'
        ? {
            status: 'active',
            cycleId: state.cycleId,
            year: state.year,
            name: state.name,
            ...(state.predecessorCycleId === undefined ? {} : { predecessorCycleId: state.predecessorCycleId }),
            scheme: publishedSchemeOf({ version: event.data.version, document: event.data.scheme }),
            phases: pendingPhases(),
            phaseDates: {},
            closedPeriods: new Set(),
            raters: [],
            deadlinesPassed: new Set(),
            remindersIssued: new Set(),
            workingDays: {},
          }
        : state;
    case 'active':
      return evolveActive(draft, state, event);
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
};

/** The decider of `cycle-<cycleId>`. */
export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState, CycleContext> = deciderOf({
  initialState: initialCycleState,
  evolve: evolveCycleIn,
  decide: decideCycle,
});

/** Folds one cycle event into a state a caller holds (copying what it changes); never throws. */
export const evolveCycle = cycleDecider.evolve;
