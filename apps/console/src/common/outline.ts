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
