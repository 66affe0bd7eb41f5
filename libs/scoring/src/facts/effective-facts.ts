import type { Fact } from './fact.types';

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

const instant = (iso: string | undefined): number => {
  if (iso === undefined) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/** Orders facts by when they were recorded, then by id: the later one wins a contested slot. */
export const byRecordedOrder = (a: Fact, b: Fact): number => {
  const difference = instant(a.recordedAt) - instant(b.recordedAt);
  if (difference !== 0 && !Number.isNaN(difference)) return difference < 0 ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

export type EffectiveFacts = Readonly<{ facts: readonly Fact[]; warnings: readonly ScoringWarning[] }>;

/**
 * The facts that count as of `asOf`: recorded by then, not superseded by a correction of the
 * same kind for the same unit, not revoked; in recorded order.
 */
export const effectiveFacts = (input: Readonly<{ facts: readonly Fact[]; asOf?: string }>): EffectiveFacts => {
  const warnings: ScoringWarning[] = [];
  const cutoff = input.asOf === undefined ? Number.POSITIVE_INFINITY : instant(input.asOf);
  const byId = new Map<string, Fact>();
  for (const fact of [...input.facts].sort(byRecordedOrder)) {
    if (instant(fact.recordedAt) > cutoff) continue;
    if (byId.has(fact.id)) {
      warnings.push({
        code: 'duplicate-fact',
        factId: fact.id,
        unitId: fact.unitId,
        message: { 'zh-CN': `事实 ${fact.id} 重复出现，只计一次`, en: `fact ${fact.id} appears twice; counted once` },
      });
      continue;
    }
    byId.set(fact.id, fact);
  }
  const removed = new Set<string>();
  for (const fact of byId.values()) {
    if (fact.type === 'FactRevoked') {
      const target = byId.get(fact.revokes);
      if (target?.type === 'FactRevoked') {
        warnings.push({
          code: 'revocation-revoked',
          factId: fact.id,
          unitId: fact.unitId,
          message: { 'zh-CN': `撤销不能被再次撤销（${fact.revokes}）`, en: `a revocation cannot be revoked (${fact.revokes})` },
        });
      } else removed.add(fact.revokes);
      continue;
    }
    if (fact.supersedes === undefined) continue;
    const earlier = byId.get(fact.supersedes);
    if (earlier !== undefined && (earlier.type !== fact.type || earlier.unitId !== fact.unitId)) {
      warnings.push({
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
  const facts = [...byId.values()].filter((fact) => fact.type !== 'FactRevoked' && !removed.has(fact.id));
  return { facts, warnings };
};
