import { PHASE_IDS } from '@kaoping/scoring';
import { guarded, requiresActiveCycle } from '../deciding/guards';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import { Conflict, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { instantOf, requireDecimal, requireIsoInstant, requireOneOf, requireText } from '../shared/validation.util';
import { appealsConcerningResults, type OpenAppeal } from './appeals-concerning';
import type { ComputeResults, FinaliseResults, PublishResults, ResultsCommand, TakeSnapshot } from './results.commands';
import type { ResultLine, ResultsEvent } from './results.events';
import type { ComputedResults, ResultsState } from './results.state';

/**
 * Results are decided against the cycle; `openAppeals` (the cycle's appeals filed and not
 * decided, read from their streams) must be given for FinaliseResults, which waits only for
 * those of its own category.
 */
export type ResultsContext = Readonly<{ cycle: CycleState; openAppeals?: readonly OpenAppeal[] }>;

/** The results stream before its first event. */
export const initialResultsState = (): ResultsState => ({ status: 'none', snapshots: new Map() });

// ── decide ──────────────────────────────────────────────────────────────────────────────────────

const checkLines = (lines: readonly ResultLine[]): readonly ResultLine[] => {
  lines.forEach((line, at) => {
    requireText({ path: `units[${at}].unitId`, value: line.unitId });
    requireDecimal({ path: `units[${at}].total`, value: line.total });
    requireText({ path: `units[${at}].grade`, value: line.grade });
    if (!Number.isInteger(line.rank) || line.rank < 1) {
      throw invalidField({ path: `units[${at}].rank`, rule: 'not-a-rank', message: 'a rank is a whole number from 1' });
    }
  });
  return lines;
};

const checkCategory = (cycle: ActiveCycle, categoryId: string): string => {
  if (!cycle.scheme.index.categories.has(categoryId)) {
    throw invalidField({ path: 'categoryId', rule: 'unknown-category', message: `${categoryId} is not a category of the scheme` });
  }
  return categoryId;
};

const checkSchemeVersion = (cycle: ActiveCycle, version: number): number => {
  if (version !== cycle.scheme.version) {
    throw new Conflict({ code: 'stale-scheme', message: `scored with scheme version ${version}; the cycle is at version ${cycle.scheme.version}` });
  }
  return version;
};

// A phase is frozen once: the scheduler taking the snapshot again adds nothing.
const takeSnapshot = (command: TakeSnapshot, input: Readonly<{ state: ResultsState; cycle: ActiveCycle }>): ResultsEvent[] => {
  const phase = requireOneOf({ path: 'phase', value: command.data.phase, allowed: PHASE_IDS });
  if (input.state.snapshots.has(phase)) return [];
  const { cycleId, categoryId, asOfPosition, asOf, schemeVersion, units } = command.data;
  return [
    {
      type: 'SnapshotTaken',
      data: {
        cycleId,
        categoryId: checkCategory(input.cycle, categoryId),
        phase,
        asOfPosition: requireText({ path: 'asOfPosition', value: asOfPosition }),
        asOf: requireIsoInstant({ path: 'asOf', value: asOf }),
        schemeVersion: checkSchemeVersion(input.cycle, schemeVersion),
        units: checkLines(units),
      },
    },
  ];
};

const computeResults = (command: ComputeResults, input: Readonly<{ state: ResultsState; cycle: ActiveCycle }>): ResultsEvent[] => {
  const { state } = input;
  if (state.status === 'finalised') throw new RuleViolated({ code: 'results-final', message: 'the results are final' });
  const { cycleId, categoryId, asOfPosition, asOf, schemeVersion, units, appealId } = command.data;
  if (state.status === 'published' && appealId === undefined) {
    throw new RuleViolated({
      code: 'results-published',
      message: 'published results change only through an appeal decision or a new publication',
      details: [{ path: 'appealId', rule: 'results-published', message: 'name the appeal whose decision changes the results' }],
    });
  }
  return [
    {
      type: 'ResultsComputed',
      data: {
        cycleId,
        categoryId: checkCategory(input.cycle, categoryId),
        asOfPosition: requireText({ path: 'asOfPosition', value: asOfPosition }),
        asOf: requireIsoInstant({ path: 'asOf', value: asOf }),
        schemeVersion: checkSchemeVersion(input.cycle, schemeVersion),
        units: checkLines(units),
        ...(appealId === undefined ? {} : { appealId }),
      },
    },
  ];
};

const toPublish = (state: ResultsState): ComputedResults => {
  switch (state.status) {
    case 'none':
      throw new RuleViolated({ code: 'nothing-computed', message: 'no results have been computed' });
    case 'computed':
      return state.computed;
    case 'published':
      if (state.recomputed === undefined) throw new Conflict({ code: 'already-published', message: 'these results are published already' });
      return state.recomputed;
    case 'finalised':
      throw new RuleViolated({ code: 'results-final', message: 'the results are final' });
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
};

const publishResults = (command: PublishResults, state: ResultsState): ResultsEvent[] => {
  const computed = toPublish(state);
  const noticeEndsAt = requireIsoInstant({ path: 'noticeEndsAt', value: command.data.noticeEndsAt });
  if (instantOf(noticeEndsAt) <= instantOf(command.meta.now)) {
    throw invalidField({ path: 'noticeEndsAt', rule: 'notice-in-past', message: 'the notice period must end after now' });
  }
  return [{ type: 'ResultsPublished', data: { cycleId: command.data.cycleId, categoryId: command.data.categoryId, computed: computed.eventId, noticeEndsAt } }];
};

const finaliseResults = (command: FinaliseResults, input: Readonly<{ state: ResultsState; openAppeals: readonly OpenAppeal[] | undefined }>): ResultsEvent[] => {
  const { state } = input;
  if (state.status === 'finalised') throw new Conflict({ code: 'already-final', message: 'the results are final already' });
  if (state.status !== 'published') throw new RuleViolated({ code: 'not-published', message: 'only published results can be finalised' });
  if (state.recomputed !== undefined) {
    throw new RuleViolated({ code: 'republication-pending', message: 'results recomputed after an appeal must be published again first' });
  }
  if (instantOf(command.meta.now) < instantOf(state.noticeEndsAt)) {
    throw new RuleViolated({ code: 'notice-period-running', message: `the notice period runs until ${state.noticeEndsAt}` });
  }
  if (input.openAppeals === undefined) {
    throw new RuleViolated({ code: 'open-appeals-unknown', message: 'the open appeals of the category must be given to finalise' });
  }
  const holding = appealsConcerningResults({ categoryId: state.categoryId, units: state.published.units, appeals: input.openAppeals });
  if (holding.length > 0) {
    throw new RuleViolated({ code: 'appeals-pending', message: `appeals not yet decided: ${holding.map((appeal) => appeal.appealId).join(', ')}` });
  }
  return [
    {
      type: 'ResultsFinalised',
      data: { cycleId: command.data.cycleId, categoryId: state.categoryId, published: state.publishedEventId, computed: state.published.eventId },
    },
  ];
};

/** Decides a results command: [] for a command id already seen; throws a DomainError when refused. */
export const decideResults = guarded<ResultsCommand, ResultsEvent, ResultsState, ResultsContext, ActiveCycle>(
  { cycleOf: ({ context }) => context.cycle, activeCycle: requiresActiveCycle, scope: (_command, { cycle }) => ({ cycle }) },
  (command, { state, context, cycle }) => {
  switch (command.type) {
    case 'TakeSnapshot':
      return takeSnapshot(command, { state, cycle });
    case 'ComputeResults':
      return computeResults(command, { state, cycle });
    case 'PublishResults':
      return publishResults(command, state);
    case 'FinaliseResults':
      return finaliseResults(command, { state, openAppeals: context.openAppeals });
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
  },
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

const evolveStatus = (draft: Draft, state: ResultsState, event: Recorded<ResultsEvent>): ResultsState => {
  switch (event.type) {
    case 'SnapshotTaken':
      return { ...state, snapshots: draft.withEntry(state.snapshots, event.data.phase, event.id) };
    case 'ResultsComputed': {
      const computed: ComputedResults = { eventId: event.id, asOfPosition: event.data.asOfPosition, units: event.data.units };
      if (state.status === 'published') return { ...state, recomputed: computed };
      if (state.status === 'finalised') return state;
      return { status: 'computed', categoryId: event.data.categoryId, computed, snapshots: state.snapshots };
    }
    case 'ResultsPublished': {
      const published = state.status === 'computed' ? state.computed : state.status === 'published' ? (state.recomputed ?? state.published) : undefined;
      if (published === undefined) return state;
      return {
        status: 'published',
        categoryId: event.data.categoryId,
        published,
        publishedEventId: event.id,
        noticeEndsAt: event.data.noticeEndsAt,
        snapshots: state.snapshots,
      };
    }
    case 'ResultsFinalised':
      return state.status === 'published'
        ? { status: 'finalised', categoryId: state.categoryId, published: state.published, finalisedEventId: event.id, snapshots: state.snapshots }
        : state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** Folds one results event, changing in place only what the fold's draft owns; never throws. */
export const evolveResultsIn = (draft: Draft, state: ResultsState, event: Recorded<ResultsEvent>): ResultsState => evolveStatus(draft, state, event);

/** The decider of `results-<cycleId>-<categoryId>`. */
export const resultsDecider: Decider<ResultsCommand, ResultsEvent, ResultsState, ResultsContext> = deciderOf({
  initialState: initialResultsState,
  evolve: evolveResultsIn,
  decide: decideResults,
});

/** Folds one results event into a state a caller holds (copying what it changes); never throws. */
export const evolveResults = resultsDecider.evolve;
