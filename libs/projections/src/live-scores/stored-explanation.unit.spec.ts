import { scoreCategory } from '@kaoping/scoring';
import { dataSubmitted, deductionApproved, totalsScheme } from '../../../scoring/test/scheme-builder';
import { explanationOfStored, storedExplanation } from './stored-explanation';

describe('an explanation as a live-scores row keeps it', () => {
  const scheme = totalsScheme({ deductions: { rules: [{ id: 'mass-incident', label: '群体性事件', points: 10 }] } });
  const result = scoreCategory({
    scheme,
    categoryId: 'units',
    facts: [dataSubmitted({ id: 'v-a', unitId: 'a', value: '95.5' }), dataSubmitted({ id: 'v-b', unitId: 'b', value: '80' }), deductionApproved({ id: 'd-b', unitId: 'b', ruleId: 'mass-incident', count: '1' })],
  });
  const trees = result.units.map((unit) => unit.explanation);

  it('reads back as the tree written, to the JSON text (key order too)', () => {
    for (const tree of trees) expect(JSON.stringify(explanationOfStored(JSON.parse(storedExplanation(tree))))).toBe(JSON.stringify(tree));
  });

  it('says each label and rule once', () => {
    const tree = trees[0];
    if (tree === undefined) throw new Error('nothing scored');
    const stored = JSON.parse(storedExplanation(tree)) as { texts: unknown[] };
    const distinct = new Set<string>();
    const walk = (node: typeof tree): void => {
      distinct.add(JSON.stringify(node.label));
      distinct.add(JSON.stringify(node.rule));
      node.children.forEach(walk);
    };
    walk(tree);
    expect(stored.texts).toHaveLength(distinct.size);
    // Where texts repeat (a rule on every leaf), the stored form is the smaller by a third or more.
    const repeated = { ...tree, children: Array.from({ length: 50 }, () => tree) };
    expect(storedExplanation(repeated).length).toBeLessThan(JSON.stringify(repeated).length * 0.75);
  });

  it('reads a row written before as the tree itself, and refuses what is neither', () => {
    const tree = trees[1];
    expect(explanationOfStored(JSON.parse(JSON.stringify(tree)))).toEqual(tree);
    expect(explanationOfStored({ texts: [], tree: { label: 0, rule: 0, children: [], factIds: [] } })).toBeUndefined();
    expect(explanationOfStored({ total: '1' })).toBeUndefined();
  });
});
