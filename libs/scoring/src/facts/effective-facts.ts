import type { Fact } from './fact.types';
import { instantOf } from './instant';

/** Something the engine noticed about its input and worked around; shown beside the results. */
export type ScoringWarning = Readonly<{
  code:
    | 'duplicate-fact'
    | 'supersedes-mismatch'
    | 'revocation-revoked'
    | 'unknown-unit'
    | 'unknown-indicator'
    | 'wrong-method'
    | 'unknown-period'
    | 'unknown-rule'
    | 'unknown-veto'
    | 'unknown-level'
    | 'bad-value'
    | 'no-target'
    | 'no-amount'
    | 'overridden'
    | 'out-of-range'
    | 'sample-size'
    | 'calendar';
  factId?: string;
  unitId?: string;
  message: Readonly<{ 'zh-CN': string; en: string }>;
}>;

const logPosition = (fact: Fact): bigint | undefined => (fact.position !== undefined && /^\d+$/.test(fact.position) ? BigInt(fact.position) : undefined);

/**
 * Whether `later` was recorded after `earlier`: by their places in the log when both have one,
 * else by recorded time; undefined when neither tells (a fact without either, or a tie in time).
 */
export const recordedAfter = (later: Fact, earlier: Fact): boolean | undefined => {
  const [at, than] = [logPosition(later), logPosition(earlier)];
  if (at !== undefined && than !== undefined) return at === than ? undefined : at > than;
  // A time that cannot be read (instantOf: before every moment) tells nothing.
  const [time, thanTime] = [instantOf(later.recordedAt), instantOf(earlier.recordedAt)];
  return time === Number.NEGATIVE_INFINITY || thanTime === Number.NEGATIVE_INFINITY || time === thanTime ? undefined : time > thanTime;
};

/** Orders facts by their place in the log or when they were recorded ({@link recordedAfter}), then by id: the later one wins a contested slot. */
export const byRecordedOrder = (a: Fact, b: Fact): number => {
  const [at, than] = [logPosition(a), logPosition(b)];
  if (at !== undefined && than !== undefined && at !== than) return at < than ? -1 : 1;
  const difference = instantOf(a.recordedAt) - instantOf(b.recordedAt);
  if (difference !== 0 && !Number.isNaN(difference)) return difference < 0 ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

export type EffectiveFacts = Readonly<{
  facts: readonly Fact[];
  warnings: readonly ScoringWarning[];
  /** Whether some fact was left out for being recorded after `asOf` (counted once the moment moves past it). */
  recordedAfterAsOf: boolean;
}>;

// Facts that add up (a deduction counted twice is two deductions) must not be taken twice; facts
// that fill a slot (a value, a rating) replace each other anyway, so only these need an id check.
const ADDITIVE: ReadonlySet<Fact['type']> = new Set(['DeductionApproved', 'BonusApproved', 'VetoConfirmed', 'FactRevoked']);

const duplicate = (fact: Fact): ScoringWarning => ({
  code: 'duplicate-fact',
  factId: fact.id,
  unitId: fact.unitId,
  message: { 'zh-CN': `事实 ${fact.id} 重复出现，只计一次`, en: `fact ${fact.id} appears twice; counted once` },
});

/** The fact a correction (`supersedes`) or revocation (`revokes`) points at; undefined for any other fact. */
export const linkTargetOf = (fact: Fact): string | undefined => (fact.type === 'FactRevoked' ? fact.revokes : fact.supersedes);

/** Ids a correction or revocation takes out of the count. */
const removedIds = (input: Readonly<{ links: readonly Fact[]; byId: (id: string) => Fact | undefined; warnings: ScoringWarning[] }>): ReadonlySet<string> => {
  const removed = new Set<string>();
  for (const fact of input.links) {
    if (fact.type === 'FactRevoked') {
      if (input.byId(fact.revokes)?.type === 'FactRevoked') {
        input.warnings.push({
          code: 'revocation-revoked',
          factId: fact.id,
          unitId: fact.unitId,
          message: { 'zh-CN': `撤销不能被再次撤销（${fact.revokes}）`, en: `a revocation cannot be revoked (${fact.revokes})` },
        });
      } else removed.add(fact.revokes);
      continue;
    }
    if (fact.supersedes === undefined) continue;
    const earlier = input.byId(fact.supersedes);
    if (earlier !== undefined && (earlier.type !== fact.type || earlier.unitId !== fact.unitId)) {
      input.warnings.push({
        code: 'supersedes-mismatch',
        factId: fact.id,
        unitId: fact.unitId,
        message: {
          'zh-CN': `更正 ${fact.id} 指向的 ${fact.supersedes} 不是同一单位的同类事实，未替换`,
          en: `correction ${fact.id} points at ${fact.supersedes}, not a fact of the same kind and unit; nothing replaced`,
        },
      });
      continue;
    }
    removed.add(fact.supersedes);
  }
  return removed;
};

/** The facts recorded by `cutoff`: `facts` itself when that is all of them (the usual case: no copy). */
const recordedBy = (facts: readonly Fact[], cutoff: number): readonly Fact[] => {
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact !== undefined && instantOf(fact.recordedAt) > cutoff) {
      const recorded = facts.slice(0, index);
      for (let rest = index + 1; rest < facts.length; rest += 1) {
        const later = facts[rest];
        if (later !== undefined && instantOf(later.recordedAt) <= cutoff) recorded.push(later);
      }
      return recorded;
    }
  }
  return facts;
};

/**
 * The facts that count as of `asOf`: recorded by then, not superseded by a correction of the
 * same kind for the same unit, not revoked, each additive fact once. Their order is the input's:
 * whoever uses them must not depend on it (a contested slot goes to the later fact by
 * {@link byRecordedOrder}).
 */
export const effectiveFacts = (input: Readonly<{ facts: readonly Fact[]; asOf?: string }>): EffectiveFacts => {
  const warnings: ScoringWarning[] = [];
  const cutoff = input.asOf === undefined ? undefined : instantOf(input.asOf);
  const recorded = cutoff === undefined ? input.facts : recordedBy(input.facts, cutoff);
  const additive = new Map<string, Fact>();
  const links: Fact[] = [];
  let duplicates = false;
  // Indexed: a loop over every fact of a category runs once per call, and for…of there allocates an iterator result per fact.
  for (let index = 0; index < recorded.length; index += 1) {
    const fact = recorded[index];
    if (fact === undefined) continue;
    if (fact.type === 'FactRevoked' || fact.supersedes !== undefined) links.push(fact);
    if (!ADDITIVE.has(fact.type)) continue;
    const seen = additive.get(fact.id);
    if (seen === undefined) additive.set(fact.id, fact);
    else {
      duplicates = true;
      warnings.push(duplicate(fact));
      if (byRecordedOrder(seen, fact) < 0) additive.set(fact.id, fact);
    }
  }
  const recordedAfterAsOf = recorded.length < input.facts.length;
  if (links.length === 0 && !duplicates) return { facts: recorded, warnings, recordedAfterAsOf };
  // Only the facts links point at are looked up (a unit's year of monthly values holds thousands; a correction points at one).
  const byId = new Map<string, Fact>();
  if (links.length > 0) {
    const targets = new Set<string>();
    for (const link of links) {
      const target = linkTargetOf(link);
      if (target !== undefined) targets.add(target);
    }
    // The later of two facts with one id, as a map built from every fact keeps it.
    for (let index = 0; index < recorded.length; index += 1) {
      const fact = recorded[index];
      if (fact !== undefined && targets.has(fact.id)) byId.set(fact.id, fact);
    }
  }
  const removed = removedIds({ links, byId: (id) => byId.get(id), warnings });
  const facts = recorded.filter(
    (fact) => fact.type !== 'FactRevoked' && !removed.has(fact.id) && (!ADDITIVE.has(fact.type) || additive.get(fact.id) === fact),
  );
  return { facts, warnings, recordedAfterAsOf };
};

/** Warnings in a stable order: by unit, fact and code. */
export const byWarningOrder = (a: ScoringWarning, b: ScoringWarning): number => {
  const keyOf = (warning: ScoringWarning): string => `${warning.unitId ?? ''}\u0000${warning.factId ?? ''}\u0000${warning.code}\u0000${warning.message.en}`;
  const [left, right] = [keyOf(a), keyOf(b)];
  return left < right ? -1 : left > right ? 1 : 0;
};
