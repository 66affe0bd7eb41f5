import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { NotFound, eventIdOfFact, scoreCategory } from '@kaoping/evaluation';
import { previousCycleAt } from '@kaoping/cycle-log';
import {
  type CategoryResult,
  type ExplanationNode,
  type PreviousCycle,
  type GradeCount,
  type UnitFlag,
  type UnitResult,
} from '@kaoping/scoring';
import { type Moment, type ResolvedMoment, resolveMoment } from '../moments/moment';
import { type CycleLog, readCycleLog } from './cycle-log';
import { type EventLink, linkOf } from './event-link';

/** A fact behind a number: the event that recorded it and the events that made it count (finding, claim, earlier values). */
export type FactEvidence = Readonly<{ factId: string; event: EventLink; trail: readonly EventLink[] }>;

/** An explanation node with the events behind its facts, all the way down. */
export type ExplainedNode = Omit<ExplanationNode, 'children'> &
  Readonly<{ events: readonly FactEvidence[]; children: readonly ExplainedNode[] }>;

/** A unit's fact that no longer counts at the moment, and the event that stopped it (a revocation, a correction). */
export type StoppedFact = Readonly<{ event: EventLink; stoppedBy: EventLink; how: 'revoked' | 'corrected' }>;

/** One unit's numbers at a moment, without the explanation. */
export type UnitLine = Readonly<{
  unitId: string;
  name?: string;
  total: string;
  totalExact: string;
  parts: Readonly<Record<string, string>>;
  bonus: string;
  deduction: string;
  rank: number;
  grade: string;
  gradeLabel: string;
  flags: readonly UnitFlag['code'][];
}>;

/** A category's table as the log stood at a moment. */
export type CategoryAsOf = Readonly<{
  cycleId: string;
  categoryId: string;
  moment: ResolvedMoment;
  schemeVersion: number;
  units: readonly UnitLine[];
  grades: readonly GradeCount[];
}>;

/** One unit's score at a moment, with its explanation linked to the events behind every number. */
export type UnitAsOf = Readonly<{
  cycleId: string;
  categoryId: string;
  moment: ResolvedMoment;
  schemeVersion: number;
  unit: UnitLine;
  flags: readonly UnitFlag[];
  explanation: ExplainedNode;
  /** Facts of the unit recorded by then that no longer counted then, and why. */
  stopped: readonly StoppedFact[];
}>;

/** What the audit functions need: the store and a clock (for `now`). */
export type AuditContext = Readonly<{ store: EventStore; now: () => Date }>;

type Scored = Readonly<{ log: CycleLog; moment: ResolvedMoment; result: CategoryResult }>;

/** A unit's numbers as shown (2 decimals), without the explanation. */
export const lineOf = (unit: UnitResult): UnitLine => ({
  unitId: unit.unitId,
  ...(unit.name === undefined ? {} : { name: unit.name }),
  total: unit.total,
  totalExact: unit.totalExact,
  parts: Object.fromEntries(unit.parts.map((part) => [part.id, part.shown])),
  bonus: unit.bonus.shown,
  deduction: unit.deduction.shown,
  rank: unit.rank,
  grade: unit.grade.id,
  gradeLabel: unit.grade.label['zh-CN'],
  flags: unit.flags.map((flag) => flag.code),
});

/**
 * Scores a category from the log as it stood at a position: the scheme then in force, deadlines
 * judged at that time; compared with `previous` (the predecessor's published results) if given.
 */
export const scoreLogAt = (
  input: Readonly<{ log: CycleLog; moment: ResolvedMoment; cycleId: string; categoryId: string; previous?: PreviousCycle }>,
): CategoryResult => {
  const { log, moment, cycleId, categoryId } = input;
  if (log.view.cycle.status === 'none') throw new NotFound({ code: 'cycle-not-found', message: `cycle ${cycleId} did not exist at ${moment.requested}` });
  if (log.view.cycle.status !== 'active') {
    throw new NotFound({ code: 'scheme-not-published', message: `cycle ${cycleId} had no published scheme at ${moment.requested}` });
  }
  return scoreCategory(log.view, categoryId, moment.at, input.previous);
};

/**
 * Reads the cycle's log up to the moment and scores the category (no read model), compared with
 * the predecessor's results as published by then (rank change, two-year flags, carried rectification).
 */
export const scoreAt = async (
  context: AuditContext,
  query: Readonly<{ cycleId: string; categoryId: string; moment: Moment }>,
): Promise<Scored> => {
  const moment = await resolveMoment({ ...context, ...query });
  const position = BigInt(moment.position);
  const log = await readCycleLog({ store: context.store, cycleId: query.cycleId, position });
  const previous = await previousCycleAt({ store: context.store, cycle: log.view.cycle, categoryId: query.categoryId, position });
  return { log, moment, result: scoreLogAt({ log, moment, cycleId: query.cycleId, categoryId: query.categoryId, ...(previous === undefined ? {} : { previous }) }) };
};

/** A category's scores, ranks and grades as the system showed them at a moment. */
export const categoryAsOf = async (
  context: AuditContext,
  query: Readonly<{ cycleId: string; categoryId: string; moment: Moment }>,
): Promise<CategoryAsOf> => {
  const { moment, result } = await scoreAt(context, query);
  return {
    cycleId: query.cycleId,
    categoryId: query.categoryId,
    moment,
    schemeVersion: result.schemeVersion,
    units: result.units.map(lineOf),
    grades: result.grades,
  };
};

/** The events of each stream of the log, in order. */
const byStream = (stored: ReadonlyMap<string, RecordedEvent>): ReadonlyMap<string, readonly RecordedEvent[]> => {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of stored.values()) {
    const list = streams.get(event.streamId);
    if (list === undefined) streams.set(event.streamId, [event]);
    else list.push(event);
  }
  return streams;
};

const supersededId = (event: RecordedEvent): string | undefined => {
  const { data } = event;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const supersedes = data['supersedes'];
  return typeof supersedes === 'string' ? supersedes : undefined;
};

/**
 * The events that made a fact's event count: for a proposal (deduction, bonus, veto) every event
 * of its stream (finding or claim, approval, revocation); for a correction the values it replaced.
 */
const trailOf = (event: RecordedEvent, log: CycleLog, streams: ReadonlyMap<string, readonly RecordedEvent[]>): readonly EventLink[] => {
  if (event.streamId.startsWith('proposal-')) {
    return (streams.get(event.streamId) ?? []).filter((other) => other.id !== event.id).map(linkOf);
  }
  const trail: EventLink[] = [];
  const seen = new Set<string>([event.id]);
  for (let id = supersededId(event); id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const earlier = log.stored.get(id);
    if (earlier === undefined) break;
    trail.push(linkOf(earlier));
    id = supersededId(earlier);
  }
  return trail;
};

const explain = (
  node: ExplanationNode,
  evidence: (factId: string) => FactEvidence | undefined,
): ExplainedNode => ({
  ...node,
  events: node.factIds.flatMap((factId) => {
    const found = evidence(factId);
    return found === undefined ? [] : [found];
  }),
  children: node.children.map((child) => explain(child, evidence)),
});

const stoppedFacts = (log: CycleLog, unitId: string): readonly StoppedFact[] => {
  const stopped: StoppedFact[] = [];
  for (const fact of log.view.facts.get(unitId) ?? []) {
    const by = log.stored.get(eventIdOfFact(fact.id));
    if (by === undefined) continue;
    if (fact.type === 'FactRevoked') {
      const revoked = log.stored.get(eventIdOfFact(fact.revokes));
      if (revoked !== undefined) stopped.push({ event: linkOf(revoked), stoppedBy: linkOf(by), how: 'revoked' });
    } else if (fact.supersedes !== undefined) {
      const corrected = log.stored.get(eventIdOfFact(fact.supersedes));
      if (corrected !== undefined) stopped.push({ event: linkOf(corrected), stoppedBy: linkOf(by), how: 'corrected' });
    }
  }
  return stopped;
};

/** One unit's score at a moment, explained down to the events behind each number. */
export const unitAsOf = async (
  context: AuditContext,
  query: Readonly<{ cycleId: string; categoryId: string; unitId: string; moment: Moment }>,
): Promise<UnitAsOf> => {
  const { log, moment, result } = await scoreAt(context, query);
  const unit = result.units.find((entry) => entry.unitId === query.unitId);
  if (unit === undefined) {
    throw new NotFound({
      code: 'unit-not-found',
      message: `unit ${query.unitId} was not registered in category ${query.categoryId} of cycle ${query.cycleId} at ${moment.requested}`,
    });
  }
  const streams = byStream(log.stored);
  const evidence = (factId: string): FactEvidence | undefined => {
    const event = log.stored.get(eventIdOfFact(factId));
    return event === undefined ? undefined : { factId, event: linkOf(event), trail: trailOf(event, log, streams) };
  };
  return {
    cycleId: query.cycleId,
    categoryId: query.categoryId,
    moment,
    schemeVersion: result.schemeVersion,
    unit: lineOf(unit),
    flags: unit.flags,
    explanation: explain(unit.explanation, evidence),
    stopped: stoppedFacts(log, query.unitId),
  };
};
