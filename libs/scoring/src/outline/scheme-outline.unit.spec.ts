import { schemeOutline, type SchemeOutline } from '@kaoping/scoring';
import { loadScheme } from '../../test/scheme-files';

type Node = SchemeOutline['categories'][number]['parts'][number];

const leavesUnder = (node: Node): Node[] => (node.kind === 'leaf' ? [node] : node.children.flatMap(leavesUnder));
const leaves = (outline: SchemeOutline): Node[] => outline.categories.flatMap((category) => category.parts.flatMap(leavesUnder));
const leaf = (outline: SchemeOutline, id: string): Node => {
  const found = leaves(outline).find((node) => node.id === id);
  if (found === undefined) throw new Error(`no leaf ${id}`);
  return found;
};

describe('the outline tells a console what a survey counts and who rates', () => {
  it('gives a survey leaf on a scale its levels in order (Sichuan 2014: 满意 / 比较满意 / 不满意)', () => {
    const outline = schemeOutline(loadScheme('s1-sichuan-2014.yaml'));
    expect(leaf(outline, 'public').levels?.map((level) => [level.id, level.label['zh-CN']])).toEqual([
      ['satisfied', '满意'],
      ['fairly-satisfied', '比较满意'],
      ['dissatisfied', '不满意'],
    ]);
  });

  it('gives a survey leaf scored by tiers of a rate no levels, and a points leaf its rater roles (Zhengding)', () => {
    const outline = schemeOutline(loadScheme('s3-zhengding.yaml'));
    const survey = leaves(outline).find((node) => node.method === 'survey');
    expect(survey?.levels).toBeNull();
    expect(survey?.raterRoles).toBeNull();
    expect(leaf(outline, 'leaders').raterRoles).toEqual(['county-leader', 'liaison-leader']);
    expect(leaf(outline, 'leaders').levels).toBeNull();
  });
});
