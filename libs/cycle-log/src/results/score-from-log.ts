import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import {
  categoryLinksOf,
  CYCLE_EVENT_TYPES,
  cycleStreamId,
  cycleView,
  type CycleView,
  type EvaluationEvent,
  foldCycleView,
  isCycleEvent,
  isOfCycle,
  isProposalEvent,
  proposalStreamId,
  type Recorded,
  scoreCategory,
  type ResultLine,
  unitStreamId,
} from '@kaoping/evaluation';
import type { UnitResult } from '@kaoping/scoring';
import { foldCycleLog, readCycleEvents } from '../evaluation/cycle-log';
import { foldedCycleAt } from '../evaluation/cycle-state.cache';
import { recordedEvaluationEvent } from '../evaluation/recorded-evaluation-event';
import { previousCycleAt } from './predecessor-from-log';

/** A category's scores as of a position of the log: what TakeSnapshot and ComputeResults record. */
export type ScoredCategory = Readonly<{ asOfPosition: string; schemeVersion: number; units: readonly ResultLine[] }>;

/** The cycle's scoring streams folded up to `position`: what every score from the log reads (snapshots, results, what-if). */
export const foldScoringView = (input: Readonly<{ store: EventStore; cycleId: string; position: bigint }>): Promise<CycleView> =>
  // Scores come from the cycle, its units and proposals: appeals, results and rectification are not read.
  foldCycleLog({ ...input, categories: ['cycle', 'unit', 'proposal'] });

/** The unit events that say which category a unit is in. */
const MEMBERSHIP_EVENTS: readonly string[] = ['UnitRegistered', 'UnitMoved', 'UnitRetired'];

/**
 * The categories a category's scores depend on: itself, the categories ranked in one group with it,
 * and the project categories whose grades its indicators take, and theirs in turn.
 */
const categoriesScoredWith = (view: CycleView, categoryId: string): ReadonlySet<string> => {
  const links = categoryLinksOf(view);
  const needed = new Set<string>();
  const add = (id: string): void => {
    if (needed.has(id)) return;
    needed.add(id);
    for (const member of links.rankedWith.get(id) ?? []) add(member);
    for (const projects of links.takesGradesFrom.get(id) ?? []) add(projects);
  };
  add(categoryId);
  return needed;
};

const STREAM_READS_AT_ONCE = 8;

/** The events of these streams (a cycle's units, proposals) up to `position`, as the deciders read them. */
const readStreams = async (input: Readonly<{ store: EventStore; cycleId: string; streamIds: readonly string[]; position: bigint }>): Promise<Recorded<EvaluationEvent>[]> => {
  const { store, cycleId, position } = input;
  const pending = [...input.streamIds];
  const read: RecordedEvent[] = [];
  const worker = async (): Promise<void> => {
    for (let streamId = pending.pop(); streamId !== undefined; streamId = pending.pop()) {
      for (const event of await store.readStream(streamId)) if (event.globalPosition <= position) read.push(event);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STREAM_READS_AT_ONCE, pending.length) }, worker));
  return read.flatMap((event) => {
    const recorded = recordedEvaluationEvent(event);
    return recorded !== null && isOfCycle(recorded, cycleId) ? [recorded] : [];
  });
};

const byPosition = (a: Recorded<EvaluationEvent>, b: Recorded<EvaluationEvent>): number => {
  const [x, y] = [BigInt(a.position ?? '0'), BigInt(b.position ?? '0')];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The scoring view {@link foldScoringView} gives, for scoring one category only: the cycle's own
 * stream, and of the units and proposals only those of the categories its scores depend on
 * ({@link categoriesScoredWith}). Which units those are is read first (their registrations and
 * moves), then their streams one by one: a snapshot of one category of ten no longer reads and
 * folds the other nine.
 */
export const foldCategoryScoringView = async (input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; position: bigint }>): Promise<CycleView> => {
  const { store, cycleId, position } = input;
  const outline = await readCycleEvents({ store, cycleId, position, categories: ['cycle', 'unit'], eventTypes: [...CYCLE_EVENT_TYPES, ...MEMBERSHIP_EVENTS] });
  const skeleton = foldCycleView(outline);
  // Before a scheme is valid there is nothing to score: the whole view gives the refusal.
  if (skeleton.cycle.status !== 'active' || skeleton.cycle.scheme.valid === undefined) return foldScoringView({ store, cycleId, position });
  const categories = categoriesScoredWith(skeleton, input.categoryId);
  const unitIds = [...skeleton.units].flatMap(([unitId, state]) => (state.status !== 'unregistered' && categories.has(state.unit.categoryId ?? '') ? [unitId] : []));
  const units = new Set(unitIds);
  const [unitEvents, proposals] = await Promise.all([
    readStreams({ store, cycleId, streamIds: unitIds.map((unitId) => unitStreamId(cycleId, unitId)), position }),
    readCycleEvents({ store, cycleId, position, categories: ['proposal'] }),
  ]);
  const cycleEvents = outline.filter((event) => isCycleEvent(event));
  const ofUnits = proposals.filter((event) => isProposalEvent(event) && units.has(event.data.unitId));
  return foldCycleView([...cycleEvents, ...unitEvents, ...ofUnits].sort(byPosition));
};

/**
 * The cycle's own and its rectification orders' streams with only the named units' streams, folded
 * as they stand now (settled): what those units owe, without a fold of the whole cycle (chasing a
 * few laggards of a province).
 */
export const foldUnitsView = async (input: Readonly<{ store: EventStore; cycleId: string; unitIds: readonly string[] }>): Promise<CycleView> => {
  const { store, cycleId } = input;
  const { position } = await store.settledHeadPosition();
  const [shared, units] = await Promise.all([
    readCycleEvents({ store, cycleId, position, categories: ['cycle', 'rectification'] }),
    readStreams({ store, cycleId, streamIds: [...new Set(input.unitIds)].map((unitId) => unitStreamId(cycleId, unitId)), position }),
  ]);
  return foldCycleView([...shared, ...units].sort(byPosition));
};

/**
 * The scoring view for one unit whose category's units are each scored from their own facts
 * (see {@link scoreUnitFromLog}): the cycle's own stream (its fold kept between calls, see
 * {@link foldedCycleAt}), the unit's stream and the unit's proposals, up to `position`. No other
 * unit is read, so it costs the same in a category of ten units as in one of ten thousand.
 */
const foldUnitScoringView = async (
  input: Readonly<{ store: EventStore; cycleId: string; unitId: string; position: bigint; proposalIds?: readonly string[] }>,
): Promise<CycleView> => {
  const { store, cycleId, unitId, position, proposalIds } = input;
  const [cycle, unitEvents, proposals] = await Promise.all([
    foldedCycleAt(store, cycleStreamId(cycleId), position),
    readStreams({ store, cycleId, streamIds: [unitStreamId(cycleId, unitId)], position }),
    proposalIds === undefined
      ? readCycleEvents({ store, cycleId, position, categories: ['proposal'] })
      : readStreams({ store, cycleId, streamIds: proposalIds.map((proposalId) => proposalStreamId(cycleId, proposalId)), position }),
  ]);
  const ofUnit = proposals.filter((event) => isProposalEvent(event) && event.data.unitId === unitId);
  // Unit and proposal events fold per stream, apart from the cycle's: its fold is taken as it is.
  return foldCycleView([...unitEvents, ...ofUnit].sort(byPosition), { ...cycleView.initial(), cycle });
};

/**
 * One unit's score with its explanation, from the log as it stood at `position`, as of `asOf` (the
 * cycle's year, through @kaoping/evaluation's `scoreCategory`): how a live-scores row's numbers
 * are explained on demand instead of storing a tree of thousands of nodes per row. `alone`: the
 * category's units were each scored from their own facts (no grades taken from projects, no
 * correction or revocation across units), so the cycle's stream and the unit's own suffice; its
 * rank, grade and flags are the row's (a category of one unit ranks it first). Otherwise the
 * category is scored whole, as a snapshot scores it. Undefined: the unit is not scored in it then.
 */
export const scoreUnitFromLog = async (
  input: Readonly<{
    store: EventStore;
    cycleId: string;
    categoryId: string;
    unitId: string;
    asOf: string;
    position: bigint;
    alone: boolean;
    /** The unit's proposals by then, when the caller knows them (else every proposal of the cycle is read). */
    proposalIds?: readonly string[];
  }>,
): Promise<UnitResult | undefined> => {
  const { store, cycleId, categoryId, unitId, asOf, position } = input;
  if (input.alone) {
    const view = await foldUnitScoringView({ store, cycleId, unitId, position, ...(input.proposalIds === undefined ? {} : { proposalIds: input.proposalIds }) });
    return scoreCategory(view, categoryId, asOf).units.find((unit) => unit.unitId === unitId);
  }
  const view = await foldCategoryScoringView({ store, cycleId, categoryId, position });
  const previous = await previousCycleAt({ store, cycle: view.cycle, categoryId, position });
  return scoreCategory(view, categoryId, asOf, previous).units.find((unit) => unit.unitId === unitId);
};

// A recorded line: the numbers, and what they mean (results use, flags raised, rectification carried over).
const lineOf = (unit: UnitResult): ResultLine => {
  const flags = unit.flags.flatMap((flag) => (flag.code === 'results-flag' && flag.ref !== undefined ? [flag.ref] : []));
  const carried = unit.flags.flatMap((flag) => (flag.code === 'rectification-carried' ? (flag.items ?? []) : []));
  const use = unit.resultsUse;
  const meaningful = use.payFactor !== undefined || use.excellenceRatio !== undefined || use.actions.length > 0 || use.rankChange !== undefined;
  return {
    unitId: unit.unitId,
    total: unit.total,
    grade: unit.grade.id,
    rank: unit.rank,
    ...(meaningful ? { resultsUse: use } : {}),
    ...(flags.length === 0 ? {} : { flags }),
    ...(carried.length === 0 ? {} : { carriedRectifications: carried }),
  };
};

/**
 * Scores one category of a cycle from the log as it stood at `position` (default: the head): the
 * cycle's streams folded up to that position and @kaoping/evaluation's `scoreCategory` at `asOf`
 * (the cycle's year; inputs due later are pending), compared with the predecessor's results as
 * recorded by then. The position is recorded with the result, so the same numbers can be
 * recomputed from the log at any time.
 */
export const scoreCategoryFromLog = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; asOf: string; position?: bigint }>,
): Promise<ScoredCategory> => {
  const { store, cycleId, categoryId } = input;
  const position = input.position ?? (await store.headPosition());
  const view = await foldCategoryScoringView({ store, cycleId, categoryId, position });
  const previous = await previousCycleAt({ store, cycle: view.cycle, categoryId, position });
  const result = scoreCategory(view, categoryId, input.asOf, previous);
  return { asOfPosition: position.toString(), schemeVersion: result.schemeVersion, units: result.units.map(lineOf) };
};
