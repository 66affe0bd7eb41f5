import type { ExplanationNode, UnitResult } from '@kaoping/scoring';
import Decimal from 'decimal.js';
import { partOf, scoreExample, unitOf } from './scheme-files';

// EXAMPLES.md W1–W5, through the shipped scheme and facts files, to the cent.

const findNode = (node: ExplanationNode, id: string): ExplanationNode | undefined =>
  node.id === id ? node : node.children.map((child) => findNode(child, id)).find((found) => found !== undefined);

const flagCodes = (unit: UnitResult): readonly string[] => unit.flags.map((flag) => flag.code);

describe('W1 — Sichuan 2014, one department', () => {
  const result = scoreExample({ scheme: 's1-sichuan-2014.yaml', facts: 'w1-sichuan-department.facts.yaml', category: 'departments' });

  it.each([
    // unit,          governor, vice,    committee, peers,  public,  bonus,  deductions, total,   grade
    ['department-w1', '8.00', '10.00', '45.87', '13.88', '13.61', '4.00', '1.70', '93.65', '先进'],
    ['department-w1b', '8.00', '10.00', '45.87', '13.88', '13.61', '5.00', '8.00', '88.35', '合格'],
  ])('%s scores governor %s + vice %s + committee %s + peers %s + public %s + bonus %s − deductions %s = %s, %s', (unitId, governor, vice, committee, peers, publicPart, bonus, deductions, total, grade) => {
    const unit = unitOf(result, unitId);
    expect([partOf(unit, 'governor'), partOf(unit, 'vice-governor'), partOf(unit, 'committee'), partOf(unit, 'peers'), partOf(unit, 'public')]).toEqual([
      governor,
      vice,
      committee,
      peers,
      publicPart,
    ]);
    expect([unit.bonus.shown, unit.deduction.shown, unit.total, unit.grade.label['zh-CN']]).toEqual([bonus, deductions, total, grade]);
  });

  it("shows the committee's indicator score as 91.73 of 100", () => {
    const committee = findNode(unitOf(result, 'department-w1').explanation, 'committee');
    expect(committee?.score).toEqual({ value: '91.73', outOf: '100' });
  });

  it('caps W1b awards of 6 points at 5 and keeps the uncapped sum in view', () => {
    const unit = unitOf(result, 'department-w1b');
    expect([unit.bonus.beforeCaps, unit.bonus.shown]).toEqual(['6', '5.00']);
  });
});

describe('W2 — Jiangsu 2011, one department', () => {
  const result = scoreExample({ scheme: 's2-jiangsu-2011.yaml', facts: 'w2-jiangsu-department.facts.yaml', category: 'social-management' });
  const unit = unitOf(result, 'department-w2');

  it.each([
    ['functional', '88.80'],
    ['lawful', '91.30'],
    ['efficient', '85.00'],
    ['clean', '97.00'],
    ['management', '91.12'],
    ['improvement', '81.00'],
    ['incentives', '95.00'],
    ['staff-quality', '91.00'],
    ['innovation', '82.90'],
    ['year-end', '88.32'],
    ['leaders', '90.00'],
    ['poll', '83.43'],
  ])('scores %s at %s on its own 100 scale', (nodeId, score) => {
    expect(ratioOf100(findNode(unit.explanation, nodeId))).toBe(new Decimal(score).toString());
  });

  it('totals work 53.16 + public 25.62 + supervision 6.50 = 85.28', () => {
    expect([partOf(unit, 'work'), partOf(unit, 'public'), partOf(unit, 'supervision'), unit.total]).toEqual(['53.16', '25.62', '6.50', '85.28']);
  });
});

/** A node's score on a 100 scale, from its exact value and maximum. */
const ratioOf100 = (node: ExplanationNode | undefined): string | undefined =>
  node?.max === undefined ? undefined : new Decimal(node.value).div(node.max).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();

describe('W3 — Zhengding townships, grades with a quota of 2', () => {
  const result = scoreExample({ scheme: 's3-zhengding.yaml', facts: 'w3-zhengding-townships.facts.yaml', category: 'townships' });

  it.each([
    // unit,        indicators, leaders, bonus,  deductions, total,   grade, rank
    ['xinchengpu', '88.46', '9.08', '2.00', '0.00', '99.55', '先进', 1],
    ['nanniu', '90.00', '9.53', '0.00', '0.00', '99.53', '合格', 2],
    ['xinan', '86.46', '8.33', '0.00', '0.50', '94.29', '先进', 3],
    ['xipingle', '84.17', '8.67', '0.00', '0.00', '92.84', '合格', 4],
    ['nanlou', '75.26', '8.08', '0.00', '0.00', '83.35', '合格', 5],
    ['quyangqiao', '60.12', '7.08', '4.00', '4.00', '67.20', '合格', 6],
    ['beizaoxian', '45.20', '6.08', '0.00', '0.00', '51.28', '不合格', 7],
  ])('%s gets indicators %s + leaders %s + bonus %s − deductions %s = %s, %s, rank %s', (unitId, indicators, leaders, bonus, deductions, total, grade, rank) => {
    const unit = unitOf(result, unitId);
    expect([partOf(unit, 'indicators'), partOf(unit, 'leaders'), unit.bonus.shown, unit.deduction.shown]).toEqual([indicators, leaders, bonus, deductions]);
    expect([unit.total, unit.grade.label['zh-CN'], unit.rank]).toEqual([total, grade, rank]);
  });

  it('bars 南牛乡 from 先进 for its safety accident and gives the place to the next unit', () => {
    const nanniu = unitOf(result, 'nanniu');
    expect(nanniu.flags.find((flag) => flag.code === 'barred')?.message['zh-CN']).toBe('发生特大生产安全事故：取消先进资格');
    expect(unitOf(result, 'xinan').grade.id).toBe('advanced');
  });

  it('tells 西平乐乡 that it reached 90 but the quota of 2 is filled', () => {
    expect(flagCodes(unitOf(result, 'xipingle'))).toContain('quota-filled');
    expect(result.grades.find((grade) => grade.id === 'advanced')).toMatchObject({ places: 2, count: 2 });
  });

  it('caps 曲阳桥乡 bonuses of 6 at 4 and deductions of 5 at 4', () => {
    const unit = unitOf(result, 'quyangqiao');
    expect([unit.bonus.beforeCaps, unit.deduction.beforeCaps]).toEqual(['6', '5']);
  });

  it('flags 北早现乡, below 60 and among the last three, for the cadre authorities', () => {
    expect(unitOf(result, 'beizaoxian').flags.map((flag) => flag.ref)).toContain('bottom-three-below-60');
  });
});

describe('W4 — city organs, 10 departments, quota bands and a tie', () => {
  const result = scoreExample({ scheme: 's6-city-organs.yaml', facts: 'w4-city-organs.facts.yaml', category: 'government-departments' });

  it.each([
    ['fgw', '99.60', '优秀', 1],
    ['czj', '94.40', '优秀', 2],
    ['jyj', '92.20', '优秀', 3],
    ['mzj', '92.20', '优秀', 3],
    ['jtj', '87.70', '良好', 5],
    ['slj', '84.70', '良好', 6],
    ['nyj', '84.00', '达标', 7],
    ['swj', '81.80', '达标', 8],
    ['tjj', '76.80', '达标', 9],
    ['sjj', '72.20', '不达标', 10],
  ])('%s totals %s, graded %s, rank %s', (unitId, total, grade, rank) => {
    const unit = unitOf(result, unitId);
    expect([unit.total, unit.grade.label['zh-CN'], unit.rank]).toEqual([total, grade, rank]);
  });

  it('gives 3/3/3/1 places and lets the tie at the 优秀 boundary take a 良好 place', () => {
    expect(result.grades.map((grade) => [grade.id, grade.places, grade.count])).toEqual([
      ['excellent', 3, 4],
      ['good', 3, 2],
      ['standard', 3, 3],
      ['below-standard', undefined, 1],
    ]);
  });

  it('pays 优秀 +10% and 不达标 −20%', () => {
    expect([unitOf(result, 'fgw').resultsUse.payFactor, unitOf(result, 'sjj').resultsUse.payFactor]).toEqual(['10', '-20']);
  });
});

describe('W5 — Shanghang township, 1000 points, deductions capped per source', () => {
  const result = scoreExample({ scheme: 's5-shanghang-township.yaml', facts: 'w5-shanghang-township.facts.yaml', category: 'townships' });
  const unit = unitOf(result, 'shanghang');

  it('weighs the parts 364.80 + 426.60 + 131.48 into a base of 922.88', () => {
    expect([partOf(unit, 'indicators'), partOf(unit, 'objectives'), partOf(unit, 'public')]).toEqual(['364.80', '426.60', '131.48']);
    expect(findNode(unit.explanation, unit.unitId)?.inputs['parts']).toBe('922.875');
  });

  it('deducts 133 after the per-source caps (153 before) and rounds 789.875 half up to 789.88', () => {
    expect([unit.deduction.beforeCaps, unit.deduction.shown, unit.totalExact, unit.total]).toEqual(['153', '133.00', '789.875', '789.88']);
  });

  it.each([
    ['efficiency-office-cap', '-50', '55'],
    ['government-supervision-cap', '-20', '25'],
    ['key-projects-cap', '-50', '60'],
    ['party-supervision-cap', '-5', '5'],
  ])('caps %s at %s of %s', (capId, value, sum) => {
    const cap = findNode(unit.explanation, capId);
    expect([cap?.value, cap?.inputs['sum']]).toEqual([value, sum]);
  });
});
