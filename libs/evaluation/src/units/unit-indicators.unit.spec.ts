import { parseScheme, scoreCategory } from '@kaoping/scoring';
import { unitDecider } from './unit.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { cycleWith, townshipRegistered } from '../testing/context.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { scoringFactsOf } from '../scoring-facts/scoring-facts';
import type { Recorded } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';

// Per-unit level-3 indicators (三级指标): the office gives 甲乡 its own items with weights and
// targets under the scheme's 财政收入 (revenue, 40 of the 70 indicator points, mid-year 50% +
// year-end 50%); the provider submits a value per item; revenue scores Σ weight × completion ÷ Σ weight.

const spec = deciderSpec(unitDecider);
const office = actors.office();
const finance = actors.provider('finance-bureau');
const town = townshipRegistered('town-a');
const planning = { cycle: cycleWith({ open: ['planning'] }) };
const monitoring = { cycle: cycleWith({ open: ['monitoring'] }) };
const ITEMS = [
  { id: 'tax', label: '税收收入', weight: '70', target: '2000' },
  { id: 'fees', label: '非税收入', weight: '30', target: '500' },
];
const assigned = recorded(event('UnitIndicatorsAssigned', { unitId: 'town-a', indicatorId: 'revenue', items: ITEMS }), { id: 'items-1', actor: office });

describe('AssignUnitIndicators: a unit’s own level-3 indicators under an indicator of the scheme', () => {
  it('records the list with weights and targets, in planning', () =>
    spec
      .given([town])
      .when(command('AssignUnitIndicators', { unitId: 'town-a', indicatorId: 'revenue', items: ITEMS }, meta(office)), planning)
      .then([event('UnitIndicatorsAssigned', { unitId: 'town-a', indicatorId: 'revenue', items: ITEMS })]));

  it.each([
    ['an empty list', { indicatorId: 'revenue', items: [] }, 'items', 'empty-list'],
    ['a weight that is not positive', { indicatorId: 'revenue', items: [{ id: 'tax', label: '税收', weight: '0', target: '1' }] }, 'items[0].weight', 'not-positive'],
    ['the same item twice', { indicatorId: 'revenue', items: [ITEMS[0], ITEMS[0]] }, 'items[1].id', 'duplicate-item'],
    ['an indicator that takes no values', { indicatorId: 'committee', items: ITEMS }, 'indicatorId', 'wrong-method'],
  ])('refuses %s, naming the field and the rule', (_what, data, path, rule) =>
    spec
      .given([town])
      .when(command('AssignUnitIndicators', { unitId: 'town-a', ...(data as { indicatorId: string; items: typeof ITEMS }) }, meta(office)), planning)
      .thenThrows({ kind: 'invalid-input', code: rule }, (error) => expect(error.details[0]).toMatchObject({ path, rule })));

  it('takes a value per item, each in its own slot', () =>
    spec
      .given([town, assigned, recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1800', item: 'tax' }))])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '400', item: 'fees' }, meta(finance)), monitoring)
      .then([event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '400', item: 'fees' })]));

  it('refuses an item the office did not give the unit, naming the field and the rule', () =>
    spec
      .given([town, assigned])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1', item: 'land-sales' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-item' }, (error) => expect(error.details[0]).toMatchObject({ path: 'item', rule: 'unknown-item' })));

  it('scores revenue from the items: mid-year completion (70 × 90% + 30 × 80%) ÷ 100 = 87%, year-end still without values', () => {
    const at = (minute: number) => ({ recordedAt: `2026-07-01T00:0${minute}:00Z` });
    const events = [
      town,
      assigned,
      recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1800', item: 'tax' }), { id: 'v1', ...at(1) }),
      recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '400', item: 'fees' }), { id: 'v2', ...at(2) }),
    ] as unknown as readonly Recorded<EvaluationEvent>[];
    const parsed = parseScheme(TEST_SCHEME);
    if (!parsed.ok) throw new Error('the test scheme does not validate');
    const { units, facts } = scoringFactsOf(events, { categoryId: 'townships' });
    const unit = scoreCategory({ scheme: parsed.scheme, categoryId: 'townships', units, facts }).units[0];
    const nodes = (node: NonNullable<typeof unit>['explanation']): (typeof node)[] => [node, ...node.children.flatMap(nodes)];
    const revenue = unit === undefined ? [] : nodes(unit.explanation).filter((node) => node.id === 'revenue' && node.kind === 'leaf');
    expect(revenue.map((node) => [node.period, node.inputs['completion'], node.factIds])).toEqual([
      ['mid-year', '87.00%', ['items-1', 'v1', 'v2']],
      ['year-end', undefined, ['items-1']],
    ]);
  });
});
