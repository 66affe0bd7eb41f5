import { type Dec, ZERO, formatExact, minDec } from '../decimal/decimal';
import type { ScoringWarning } from '../facts/effective-facts';
import type { BonusApproved, DeductionApproved } from '../facts/fact.types';
import { EXPLANATION_NOT_KEPT, explain } from '../explanation/explain';
import type { ExplanationNode } from '../explanation/explanation.types';
import { adjustmentRule, capRule, itemRule } from '../explanation/rule-text';
import type { AdjustmentModel, AdjustmentRuleModel, CapModel, Label } from '../scheme/scheme.model';
import { amountOf } from './leaf-methods';

export type AdjustmentOutcome = Readonly<{
  /** Points after every cap (positive for bonuses and deductions alike). */
  value: Dec;
  /** Points before caps. */
  uncapped: Dec;
  /** {@link EXPLANATION_NOT_KEPT} when scored without explanations. */
  explanation: ExplanationNode;
}>;

type Item = Readonly<{ fact: BonusApproved | DeductionApproved; rule: AdjustmentRuleModel; amount: Dec }>;

const LABELS: Readonly<Record<'bonus' | 'deduction', Label>> = {
  bonus: { 'zh-CN': '加分', en: 'Bonus' },
  deduction: { 'zh-CN': '扣分', en: 'Deductions' },
};

const covers = (cap: CapModel, item: Item): boolean =>
  (cap.rules === undefined || cap.rules.includes(item.rule.id)) &&
  (cap.sources === undefined || (item.fact.source !== undefined && cap.sources.includes(item.fact.source)));

const signed = (kind: 'bonus' | 'deduction', value: Dec): Dec => (kind === 'deduction' ? value.negated() : value);

const explainItem = (kind: 'bonus' | 'deduction', item: Item): ExplanationNode =>
  explain({
    id: item.fact.id,
    kind: 'item',
    label: item.rule.label,
    value: signed(kind, item.amount),
    rule: item.fact.amount !== undefined || item.rule.points === undefined ? itemRule('amount', '') : itemRule(item.rule.per, formatExact(item.rule.points)),
    inputs: {
      rule: item.rule.id,
      ...(item.fact.source === undefined ? {} : { source: item.fact.source }),
      ...(item.fact.count === undefined ? {} : { count: item.fact.count }),
      ...('persons' in item.fact && item.fact.persons !== undefined ? { persons: item.fact.persons } : {}),
      amount: formatExact(item.amount),
    },
    factIds: [item.fact.id],
  });

type CapGroup = Readonly<{ cap: CapModel; source: string | undefined; items: readonly Item[] }>;

/** A cap over the items it covers (one group per source when the cap is per source): their sum, and the points it lets through. */
const cappedSum = (group: CapGroup): Readonly<{ total: Dec; value: Dec }> => {
  let total = ZERO;
  for (const item of group.items) total = total.plus(item.amount);
  return { total, value: minDec(total, group.cap.max) };
};

const explainCapGroup = (kind: 'bonus' | 'deduction', group: CapGroup, sum: Readonly<{ total: Dec; value: Dec }>): ExplanationNode =>
  explain({
    id: group.source === undefined ? group.cap.id : `${group.cap.id}:${group.source}`,
    kind: 'cap',
    label: group.cap.label ?? { 'zh-CN': group.cap.id, en: group.cap.id },
    value: signed(kind, sum.value),
    rule: capRule(formatExact(group.cap.max)),
    inputs: { sum: formatExact(sum.total), cap: formatExact(group.cap.max), ...(group.source === undefined ? {} : { source: group.source }) },
    factIds: group.items.map((item) => item.fact.id),
    children: group.items.map((item) => explainItem(kind, item)),
  });

/**
 * Bonuses or deductions of one unit: each approved fact's points, the narrower caps (per rule,
 * per source) on the items they cover, then the overall cap.
 */
export const applyAdjustment = (
  input: Readonly<{
    kind: 'bonus' | 'deduction';
    model: AdjustmentModel | undefined;
    facts: readonly (BonusApproved | DeductionApproved)[];
    unitId: string;
    warn: (warning: ScoringWarning) => void;
    /** False: the same value, no explanation node ({@link EXPLANATION_NOT_KEPT}). */
    explanations: boolean;
  }>,
): AdjustmentOutcome => {
  const { kind, model, explanations } = input;
  const items: Item[] = [];
  for (const fact of input.facts) {
    const rule = model?.rules.find((candidate) => candidate.id === fact.ruleId);
    if (rule === undefined) {
      input.warn({
        code: 'unknown-rule',
        factId: fact.id,
        unitId: input.unitId,
        message: {
          'zh-CN': `${LABELS[kind]['zh-CN']}规则“${fact.ruleId ?? ''}”不在本类别方案中，已忽略`,
          en: `${kind} rule "${fact.ruleId ?? ''}" is not in this category's scheme; ignored`,
        },
      });
      continue;
    }
    items.push({ fact, rule, amount: amountOf(fact, rule, input.warn) });
  }
  const groups = new Map<string, { cap: CapModel; source: string | undefined; items: Item[] }>();
  const loose: Item[] = [];
  for (const item of items) {
    const cap = model?.caps.find((candidate) => covers(candidate, item));
    if (cap === undefined) {
      loose.push(item);
      continue;
    }
    const source = cap.eachSource ? item.fact.source ?? '' : undefined;
    const key = `${cap.id}\u0000${source ?? ''}`;
    const group = groups.get(key) ?? { cap, source, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const children: ExplanationNode[] = [];
  let capped = ZERO;
  let uncapped = ZERO;
  for (const group of groups.values()) {
    const sum = cappedSum(group);
    capped = capped.plus(sum.value);
    if (explanations) children.push(explainCapGroup(kind, group, sum));
  }
  for (const item of loose) {
    capped = capped.plus(item.amount);
    if (explanations) children.push(explainItem(kind, item));
  }
  for (const item of items) uncapped = uncapped.plus(item.amount);
  const value = model?.max === undefined ? capped : minDec(capped, model.max);
  if (!explanations) return { value, uncapped, explanation: EXPLANATION_NOT_KEPT };
  return {
    value,
    uncapped,
    explanation: explain({
      id: kind,
      kind,
      label: LABELS[kind],
      value: signed(kind, value),
      rule:
        model?.max === undefined
          ? adjustmentRule(kind)
          : {
              'zh-CN': `${adjustmentRule(kind)['zh-CN']}；${capRule(formatExact(model.max))['zh-CN']}`,
              en: `${adjustmentRule(kind).en}; ${capRule(formatExact(model.max)).en}`,
            },
      inputs: {
        items: String(items.length),
        beforeCaps: formatExact(uncapped),
        ...(model?.max === undefined ? {} : { cap: formatExact(model.max) }),
      },
      factIds: items.map((item) => item.fact.id),
      children,
    }),
  };
};
