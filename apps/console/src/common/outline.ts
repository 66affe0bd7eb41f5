import type { GetAnswer } from '../api/types';
import type { Lang } from '../i18n/i18n';
import { labelText } from './label';
import { deadlineKindText } from './messages';

type Outline = NonNullable<GetAnswer<'/cycles/{cycleId}/scheme'>['scheme']['outline']>;
type OutlineNode = Outline['categories'][number]['parts'][number];

/** Every leaf indicator of a category's tree (optionally only those scored by one method: rating, survey…). */
export const leavesOf = (outline: Outline | undefined, categoryId: string | undefined, method?: string): OutlineNode[] => {
  const out: OutlineNode[] = [];
  const walk = (node: OutlineNode) => {
    if (node.kind === 'leaf' && (method === undefined || node.method === method) && !out.some((n) => n.id === node.id)) out.push(node);
    node.children.forEach(walk);
  };
  outline?.categories.filter((c) => categoryId === undefined || c.id === categoryId).forEach((c) => c.parts.forEach(walk));
  return out;
};

/** The periods a leaf indicator is scored in (a leaf appears once per period of its part). */
export const leafPeriods = (outline: Outline | undefined, categoryId: string | undefined, leafId: string | undefined): string[] => {
  const out: string[] = [];
  const walk = (node: OutlineNode) => {
    if (node.kind === 'leaf' && node.id === leafId && !out.includes(node.period)) out.push(node.period);
    node.children.forEach(walk);
  };
  outline?.categories.filter((c) => categoryId === undefined || c.id === categoryId).forEach((c) => c.parts.forEach(walk));
  return out;
};

/** A period's name from the scheme ("上半年"), the id until the scheme is there. */
export const periodName = (outline: Outline | undefined, periodId: string, lang: Lang): string =>
  labelText(outline?.periods.find((p) => p.id === periodId)?.label, lang, periodId);

/**
 * A deadline in words: what it asks for and for which period (数据报送 · 年终评估), never its id
 * (the scheme's `year-end-data`), which a user cannot look up.
 */
export const deadlineName = (deadline: Readonly<{ kind: string; period: string | null }>, outline: Outline | undefined, lang: Lang): string => {
  const kind = deadlineKindText(deadline.kind, lang);
  return deadline.period === null || deadline.period === '' ? kind : `${kind} · ${periodName(outline, deadline.period, lang)}`;
};

/** A bonus or deduction rule by its scheme name and points per item (班子成员受行政问责 (−0.5)). */
export const ruleLabel = (rule: Readonly<{ id: string; label: unknown; points: string | null }>, lang: Lang, sign: '+' | '−'): string =>
  `${labelText(rule.label, lang, rule.id)}${rule.points === null ? '' : ` (${sign}${rule.points})`}`;

/**
 * What a bonus, deduction or veto proposes, in the scheme's words: its rule by name with the points
 * it fixes (or the deduction-based indicator, or the veto by name), the amount given, and how many times or persons
 * (班子成员受行政问责 (−0.5) × 2 人). '—' when the terms name nothing the scheme knows.
 */
export const proposalTermsText = (
  input: Readonly<{ outline: Outline | undefined; categoryId: string | null | undefined; kind: string; terms: Readonly<Record<string, unknown>> }>,
  lang: Lang,
  times: (n: string, per: 'item' | 'person') => string,
): string => {
  const { outline, categoryId, kind, terms } = input;
  const text = (key: string): string | undefined => (typeof terms[key] === 'string' ? terms[key] : undefined);
  const category = outline?.categories.find((c) => c.id === categoryId);
  const sign = kind === 'bonus' ? '+' : '−';
  const ruleId = text('ruleId');
  const rule = ruleId === undefined ? undefined : (kind === 'bonus' ? category?.bonusRules : category?.deductionRules)?.find((r) => r.id === ruleId);
  const indicatorId = text('indicatorId');
  const vetoId = text('vetoId');
  const veto = vetoId === undefined ? undefined : category?.vetoes.find((v) => v.id === vetoId);
  const named =
    rule !== undefined
      ? ruleLabel(rule, lang, sign)
      : veto !== undefined
        ? labelText(veto.label, lang, veto.id)
        : (ruleId ?? vetoId ?? (indicatorId === undefined ? undefined : nodeName(outline, indicatorId, lang)));
  const amount = text('amount');
  const n = text('persons') ?? text('count');
  const parts = [named, amount === undefined ? undefined : `${sign}${amount}`, n === undefined ? undefined : `× ${times(n, text('persons') === undefined ? 'item' : 'person')}`];
  const shown = parts.filter((part): part is string => part !== undefined);
  return shown.length === 0 ? '—' : shown.join(' ');
};

/** A rater role's name from the scheme (分管县领导), its id when the scheme names none. */
export const raterRoleName = (outline: Outline | undefined, roleId: string, lang: Lang): string =>
  labelText(outline?.raterRoles.find((role) => role.id === roleId)?.label, lang, roleId);

/** An indicator's (or any node's) name from the scheme, the id when the scheme has no such node. */
export const nodeName = (outline: Outline | undefined, nodeId: string, lang: Lang): string => {
  let found: OutlineNode | undefined;
  const walk = (node: OutlineNode): void => {
    if (found !== undefined) return;
    if (node.id === nodeId) found = node;
    else node.children.forEach(walk);
  };
  outline?.categories.forEach((c) => c.parts.forEach(walk));
  return labelText(found?.label, lang, nodeId);
};
