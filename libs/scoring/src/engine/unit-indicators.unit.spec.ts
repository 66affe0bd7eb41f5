import { type Fact, readFactsDocument, scoreCategory } from '@kaoping/scoring';
import { aCategory, aLeaf, aSchemeDocument, dataSubmitted, validScheme } from '../../test/scheme-builder';

// Per-unit level-3 indicators (三级指标): the office gives each unit its own items, with weights
// and targets, under a shared indicator of the scheme (年度目标任务, 30 points, entered until now
// as one completion score of 100). The shared indicator scores Σ weight × completion ÷ Σ weight.

const scheme = validScheme(
  aSchemeDocument({
    categories: [
      aCategory({
        parts: [
          {
            id: 'indicators',
            label: '指标',
            points: 100,
            children: [
              aLeaf({ id: 'annual-targets', label: '年度目标任务', points: 30, method: { kind: 'score', outOf: 100 } }),
              aLeaf({ id: 'output', label: '产出', points: 70, method: { kind: 'proportional', target: 100 } }),
            ],
          },
        ],
      }),
    ],
  }),
);

const assigned = (unitId: string, items: Extract<Fact, { type: 'UnitIndicatorsAssigned' }>['items'], id = `items-${unitId}`): Fact => ({
  type: 'UnitIndicatorsAssigned',
  id,
  unitId,
  indicatorId: 'annual-targets',
  items,
});
const itemValue = (unitId: string, item: string, value: string): Fact => dataSubmitted({ unitId, indicatorId: 'annual-targets', item, value });
const full = (unitId: string): Fact => dataSubmitted({ unitId, indicatorId: 'output', value: '100' });

const annualTargets = (facts: readonly Fact[], unitId = 'roads-bureau') => {
  const unit = scoreCategory({ scheme, categoryId: 'units', units: [{ id: unitId }], facts }).units[0];
  const leaf = unit?.explanation.children.flatMap((part) => part.children).find((node) => node.id === 'annual-targets');
  return { total: unit?.total, shown: leaf?.shown, inputs: leaf?.inputs, status: leaf?.status };
};

describe('a unit’s own level-3 indicators under a shared indicator', () => {
  const roads = [
    { id: 'road-km', label: '新建道路公里数', weight: '60', target: '100' },
    { id: 'schools', label: '新建学校', weight: '40', target: '5' },
  ];

  it('scores the shared indicator from the items: (60 × 80% + 40 × 100%) ÷ 100 of 30 = 26.40', () => {
    const result = annualTargets([assigned('roads-bureau', roads), itemValue('roads-bureau', 'road-km', '80'), itemValue('roads-bureau', 'schools', '6'), full('roads-bureau')]);
    expect(result).toMatchObject({ total: '96.40', shown: '26.40' });
    expect(result.inputs).toMatchObject({ 'road-km': '80/100 ×60', schools: '6/5 ×40', completion: '88.00%' });
  });

  it('counts an item without a value as 0 and says the indicator is incomplete', () => {
    const result = annualTargets([assigned('roads-bureau', roads), itemValue('roads-bureau', 'road-km', '100'), full('roads-bureau')]);
    expect(result).toMatchObject({ total: '88.00', shown: '18.00' });
    expect(result.inputs).toMatchObject({ schools: '—/5 ×40' });
  });

  it('scores a lower-is-better item full at or under its target, target ÷ actual above it', () => {
    const safety = [
      { id: 'accidents', weight: '1', target: '2', direction: 'lower' as const },
      { id: 'inspections', weight: '1', target: '10' },
    ];
    expect(annualTargets([assigned('roads-bureau', safety), itemValue('roads-bureau', 'accidents', '4'), itemValue('roads-bureau', 'inspections', '10')]).shown).toBe('22.50');
  });

  it('takes the latest assignment as the whole list, and leaves a unit without items on its completion score', () => {
    const later = { ...assigned('roads-bureau', [{ id: 'schools', weight: '1', target: '5' }], 'items-2'), recordedAt: '2026-03-02T00:00:00Z' };
    const earlier = { ...assigned('roads-bureau', roads, 'items-1'), recordedAt: '2026-03-01T00:00:00Z' };
    expect(annualTargets([later, earlier, itemValue('roads-bureau', 'road-km', '10'), itemValue('roads-bureau', 'schools', '5')]).shown).toBe('30.00');
    expect(annualTargets([dataSubmitted({ unitId: 'water-bureau', indicatorId: 'annual-targets', value: '90' })], 'water-bureau').shown).toBe('27.00');
  });

  it('is missing (pending before its deadline) until a first item has a value', () => {
    expect(annualTargets([assigned('roads-bureau', roads)])).toMatchObject({ shown: '0.00', status: 'missing' });
  });

  it('reads the assignment and item values from a facts file', () => {
    const read = readFactsDocument({
      units: [{ id: 'roads-bureau', category: 'units' }],
      facts: [
        { id: 'a', type: 'UnitIndicatorsAssigned', unitId: 'roads-bureau', indicatorId: 'annual-targets', items: [{ id: 'road-km', weight: 60, target: 100 }] },
        { id: 'v', type: 'DataSubmitted', unitId: 'roads-bureau', indicatorId: 'annual-targets', item: 'road-km', value: '50' },
      ],
    });
    expect(read.ok && read.document.facts).toEqual([
      { id: 'a', type: 'UnitIndicatorsAssigned', unitId: 'roads-bureau', indicatorId: 'annual-targets', items: [{ id: 'road-km', weight: '60', target: '100' }] },
      { id: 'v', type: 'DataSubmitted', unitId: 'roads-bureau', indicatorId: 'annual-targets', item: 'road-km', value: '50' },
    ]);
  });
});
