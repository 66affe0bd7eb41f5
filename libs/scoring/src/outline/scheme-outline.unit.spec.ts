import { type ExplanationNode, parseScheme, schemeOutline, scoreCategory, type SchemeOutline } from '@kaoping/scoring';
import { loadFacts, loadScheme, schemeDocument } from '../../test/scheme-files';

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
    expect(leaves(outline).every((node) => node.fromProjects === null)).toBe(true);
  });

  it('says which rating leaf takes its grades from the unit\'s projects, and from which category (Qitai: 专项绩效考核)', () => {
    const outline = schemeOutline(loadScheme('s4-qitai-four-level.yaml'));
    const fromProjects = leaves(outline).filter((node) => node.fromProjects !== null);
    expect(fromProjects.length).toBeGreaterThan(0);
    expect(new Set(fromProjects.map((node) => `${node.id} ${node.method} ${node.fromProjects}`))).toEqual(new Set(['special-projects rating special-projects']));
    // The same scheme with the leaf graded by hand (as an office without project units keeps it): rated, from no projects.
    const byHand = parseScheme(JSON.parse(JSON.stringify(schemeDocument('s4-qitai-four-level.yaml')).replaceAll('"fromProjects":"special-projects",', '')));
    if (!byHand.ok) throw new Error(JSON.stringify(byHand.problems));
    expect(leaf(schemeOutline(byHand.scheme), 'special-projects')).toMatchObject({ method: 'rating', fromProjects: null });
  });

  it('names the rater roles the scheme names, and says them by name in a rule (Zhengding: not county-leader)', () => {
    const outline = schemeOutline(loadScheme('s3-zhengding.yaml'));
    expect(outline.raterRoles.map((role) => [role.id, role.label['zh-CN']])).toEqual([
      ['county-leader', '县委、县政府主要领导'],
      ['liaison-leader', '分包该乡镇四机关领导'],
      ['leader-in-charge', '分管县领导'],
      ['restoration-leader', '古城风貌恢复工作主管领导'],
    ]);
    const document = loadFacts('w3-zhengding-townships.facts.yaml');
    const [unit] = scoreCategory({ scheme: loadScheme('s3-zhengding.yaml'), categoryId: 'townships', units: document.units.filter((u) => u.category === 'townships'), facts: document.facts }).units;
    const nodes = (node: ExplanationNode): ExplanationNode[] => [node, ...node.children.flatMap(nodes)];
    // Its two periods' leaves (mid-year, year-end), one rule.
    const leaders = (unit === undefined ? [] : nodes(unit.explanation)).filter((node) => node.kind === 'leaf' && node.id === 'leaders');
    expect(leaders).toHaveLength(2);
    expect([...new Set(leaders.map((node) => JSON.stringify([node.rule['zh-CN'], node.rule.en])))].map((text) => JSON.parse(text) as unknown)).toEqual([
      [
        '评价人直接打分（满分 10）；评价人：县委、县政府主要领导、分包该乡镇四机关领导；各评价人平均',
        'points given by raters (out of 10); raters: County party and government leaders, Liaison leaders of the four county bodies; averaged over raters',
      ],
    ]);
  });
});
