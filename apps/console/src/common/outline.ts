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
