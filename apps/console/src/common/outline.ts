import type { GetAnswer } from '../api/types';

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
