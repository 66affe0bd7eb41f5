import type { Dec } from '../decimal/decimal';
import type { Fact } from '../facts/fact.types';
import { instantOf } from '../facts/instant';
import type { CategoryPlan, PlanNode } from './plan';

/**
 * Scoring a unit again in the indicators its new facts touch, and taking every other indicator's
 * points from its last scoring. A node's points are the sum of its children's in plan order, so a
 * node summed again from the same children's values comes out the same to the last digit (a value
 * past 2^53 without a finite decimal form is an approximation, and only the same sums in the same
 * order give the same one): the kept values are those of the nodes that hold one indicator (its
 * "roots") and of every node above them, and a node is summed again only when an indicator under
 * it changed.
 */
export type KeptNodes = Readonly<{
  /** Where each kept node's value sits in a unit's {@link KeptValues}. */
  index: ReadonlyMap<PlanNode, number>;
  /** The indicator a root holds (the nodes not here, above the roots, hold several). */
  rootOf: ReadonlyMap<PlanNode, string>;
  /** The indicators under each node above the roots. */
  under: ReadonlyMap<PlanNode, ReadonlySet<string>>;
  /** The input status keys (`indicator@period`) of each indicator's leaves. */
  statusKeys: ReadonlyMap<string, readonly string[]>;
  /** Where each status key's leaf comes in the plan's walk (a unit's flags list the statuses in the order their first input is met). */
  walkOrder: ReadonlyMap<string, number>;
}>;

/** A unit's kept node values, by {@link KeptNodes.index}. */
export type KeptValues = readonly Dec[];

const keptNodes = new WeakMap<CategoryPlan, KeptNodes | null>();

/**
 * What to keep of a category's units to score them again in part; undefined when its units are
 * always scored whole: a period counted once signed off (a sign-off reaches every indicator of its
 * period) or a node a results-use flag watches (its completeness needs every input under it).
 */
export const keptNodesOf = (plan: CategoryPlan, watched: ReadonlySet<string>): KeptNodes | undefined => {
  const known = keptNodes.get(plan);
  if (known !== undefined) return known ?? undefined;
  const made = watched.size > 0 || [...plan.leaves.values()].some((leaves) => leaves.some((leaf) => leaf.signOff)) ? null : compile(plan);
  keptNodes.set(plan, made);
  return made ?? undefined;
};

const compile = (plan: CategoryPlan): KeptNodes => {
  const indicatorsOf = new Map<PlanNode, Set<string>>();
  const collect = (node: PlanNode): Set<string> => {
    const found = node.kind === 'leaf' ? new Set([node.node.id]) : new Set(node.children.flatMap((child) => [...collect(child)]));
    indicatorsOf.set(node, found);
    return found;
  };
  for (const part of plan.parts) collect(part);
  const index = new Map<PlanNode, number>();
  const rootOf = new Map<PlanNode, string>();
  const under = new Map<PlanNode, ReadonlySet<string>>();
  const mark = (node: PlanNode): void => {
    index.set(node, index.size);
    const indicators = indicatorsOf.get(node) ?? new Set<string>();
    const [only] = indicators;
    if (indicators.size === 1 && only !== undefined) {
      rootOf.set(node, only);
      return;
    }
    under.set(node, indicators);
    if (node.kind !== 'leaf') for (const child of node.children) mark(child);
  };
  for (const part of plan.parts) mark(part);
  const statusKeys = new Map<string, readonly string[]>();
  for (const [id, leaves] of plan.leaves) statusKeys.set(id, leaves.map((leaf) => `${leaf.node.id}@${leaf.period}`));
  const walkOrder = new Map<string, number>();
  const walk = (node: PlanNode): void => {
    if (node.kind !== 'leaf') for (const child of node.children) walk(child);
    else {
      const key = `${node.node.id}@${node.period}`;
      if (!walkOrder.has(key)) walkOrder.set(key, walkOrder.size);
    }
  };
  for (const part of plan.parts) walk(part);
  return { index, rootOf, under, statusKeys, walkOrder };
};

/**
 * The indicator a fact counts under, or undefined for a fact of the whole unit (a bonus, a
 * deduction under a category rule, a veto, a sign-off) or a revocation (it counts under the fact
 * it revokes).
 */
export const indicatorOfFact = (fact: Fact): string | undefined => {
  switch (fact.type) {
    case 'DataSubmitted':
    case 'UnitIndicatorsAssigned':
    case 'TargetSet':
    case 'TargetsSet':
    case 'RatingGiven':
    case 'SurveyRecorded':
    case 'DeductionApproved':
      return fact.indicatorId;
    default:
      return undefined;
  }
};

const targetOf = (fact: Fact): string | undefined => (fact.type === 'FactRevoked' ? fact.revokes : fact.supersedes);

/**
 * How a unit's corrections and revocations sit among its indicators: whether each points at a
 * fact of the unit under its own indicator (a revocation: at a fact under some indicator), and
 * each revocation's indicator. A unit whose links do not all stay in one indicator is scored whole.
 */
export type LinkScope = Readonly<{ local: boolean; revocations: ReadonlyMap<string, string> }>;

export const NO_LINKS: LinkScope = { local: true, revocations: new Map() };

/** The scope of `links` (facts of one unit), looking their targets up among `facts` (the unit's facts); `from`: the scope of the unit's earlier links. */
export const linkScopeOf = (links: readonly Fact[], facts: readonly Fact[], from: LinkScope = NO_LINKS): LinkScope => {
  if (links.length === 0 || !from.local) return from;
  const wanted = new Set<string>();
  for (const link of links) {
    const target = targetOf(link);
    if (target !== undefined) wanted.add(target);
  }
  const targets = new Map<string, Fact>();
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact !== undefined && wanted.has(fact.id)) targets.set(fact.id, fact);
  }
  // Copied only when a revocation is added (a unit's corrections are many, its revocations few).
  let revocations: Map<string, string> | undefined;
  for (const link of links) {
    const target = targets.get(targetOf(link) ?? '');
    const indicator = target === undefined ? undefined : indicatorOfFact(target);
    if (indicator === undefined) return { local: false, revocations: from.revocations };
    if (link.type === 'FactRevoked') (revocations ??= new Map(from.revocations)).set(link.id, indicator);
    else if (indicatorOfFact(link) !== indicator) return { local: false, revocations: from.revocations };
  }
  return { local: true, revocations: revocations ?? from.revocations };
};

/** Whether a fact is a correction or a revocation. */
export const isLink = (fact: Fact): boolean => fact.type === 'FactRevoked' || fact.supersedes !== undefined;

/**
 * The indicators to score again when a unit scored at `before.asOf` from its first
 * `before.factCount` facts is scored at `asOf` from `facts`: those of the facts added since and of
 * the facts recorded between the two moments; undefined when the unit must be scored whole (a fact
 * of the whole unit among them, a link leaving its indicator, the moment gone back).
 */
export const changedIndicators = (
  input: Readonly<{
    facts: readonly Fact[];
    asOf: string | undefined;
    before: Readonly<{ factCount: number; asOf: string | undefined; factsAfterAsOf: boolean; links: LinkScope }>;
  }>,
): Readonly<{ changed: ReadonlySet<string>; links: LinkScope; factsAfterAsOf: boolean }> | undefined => {
  const { facts, asOf, before } = input;
  if (!before.links.local || before.factCount > facts.length || (asOf === undefined) !== (before.asOf === undefined)) return undefined;
  const cutoff = asOf === undefined ? Number.POSITIVE_INFINITY : instantOf(asOf);
  const earlier = before.asOf === undefined ? Number.POSITIVE_INFINITY : instantOf(before.asOf);
  if (cutoff < earlier) return undefined;
  const came: Fact[] = [];
  let factsAfterAsOf = false;
  // Facts left out last time (recorded after its moment) count now if recorded by this one.
  if (before.factsAfterAsOf) {
    for (let index = 0; index < before.factCount; index += 1) {
      const fact = facts[index];
      if (fact === undefined) continue;
      const at = instantOf(fact.recordedAt);
      if (at > cutoff) factsAfterAsOf = true;
      else if (at > earlier) came.push(fact);
    }
  }
  for (let index = before.factCount; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact === undefined) continue;
    came.push(fact);
    if (instantOf(fact.recordedAt) > cutoff) factsAfterAsOf = true;
  }
  const links = linkScopeOf(came.filter(isLink), facts, before.links);
  if (!links.local) return undefined;
  const changed = new Set<string>();
  for (const fact of came) {
    const indicator = fact.type === 'FactRevoked' ? links.revocations.get(fact.id) : indicatorOfFact(fact);
    if (indicator === undefined) return undefined;
    changed.add(indicator);
  }
  return { changed, links, factsAfterAsOf };
};

/** The facts of a unit that count under the given indicators (revocations under the fact they revoke). */
export const factsUnder = (facts: readonly Fact[], indicators: ReadonlySet<string>, links: LinkScope): readonly Fact[] => {
  const found: Fact[] = [];
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact === undefined) continue;
    const indicator = fact.type === 'FactRevoked' ? links.revocations.get(fact.id) : indicatorOfFact(fact);
    if (indicator !== undefined && indicators.has(indicator)) found.push(fact);
  }
  return found;
};
