import { type Fact, scoreCategory, parseScheme } from '@kaoping/scoring';
import type { Recorded } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';
import { actors, cycleEvents, event, recorded } from '../testing/lifecycle.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { cycleView, foldCycleView } from './cycle-view';
import { eventIdOfFact, scoringFactsOf } from './scoring-facts';

const at = (minute: number): string => new Date(Date.UTC(2026, 6, 1, 0, minute)).toISOString();
const finance = actors.provider('finance-bureau');
const base: Recorded<EvaluationEvent>[] = [
  ...cycleEvents({ scheme: TEST_SCHEME, open: ['monitoring'] }),
  recorded(event('UnitRegistered', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }), { id: 'reg-a', at: at(1) }),
  recorded(event('UnitRegistered', { unitId: 'town-b', name: '乙乡', level: 'township', categoryId: 'townships' }), { id: 'reg-b', at: at(1) }),
];
const factsOf = (events: readonly Recorded<EvaluationEvent>[], categoryId = 'townships'): readonly Fact[] => scoringFactsOf([...base, ...events], { categoryId }).facts;

describe('scoring facts: what each event stands for', () => {
  it('turns the targets of an assignment into one fact, holding the event\'s targets', () =>
    expect(
      factsOf([recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', targets: { 'mid-year': '2500', 'year-end': '5000' } }), { id: 'assign-1', at: at(2) })]),
    ).toEqual([{ id: 'assign-1', type: 'TargetsSet', unitId: 'town-a', indicatorId: 'revenue', targets: { 'mid-year': '2500', 'year-end': '5000' }, recordedAt: at(2) }]));

  it('scores each period against its own target of the assignment, cited as <event>#<period>, a later change replacing one period only', () => {
    const events = [
      recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', targets: { 'mid-year': '2500', 'year-end': '5000' } }), { id: 'assign-1', at: at(2) }),
      recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2000' }), { id: 'sub-1', at: at(3), actor: finance }),
      recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'year-end', value: '4000' }), { id: 'sub-2', at: at(3), actor: finance }),
      recorded(event('TargetChanged', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '4000', previous: '2500' }), { id: 'tc-1', at: at(4) }),
    ];
    const parsed = parseScheme(TEST_SCHEME);
    if (!parsed.ok) throw new Error('test scheme');
    const input = scoringFactsOf([...base, ...events], { categoryId: 'townships' });
    const result = scoreCategory({ scheme: parsed.scheme, categoryId: 'townships', units: input.units, facts: input.facts, asOf: at(10) });
    const leaves: { period?: string; inputs: Readonly<Record<string, string>>; factIds: readonly string[] }[] = [];
    const walk = (node: (typeof result.units)[number]['explanation']): void => {
      if (node.kind === 'leaf' && node.id === 'revenue') leaves.push(node);
      node.children.forEach(walk);
    };
    walk(result.units.find((unit) => unit.unitId === 'town-a')?.explanation ?? result.units[0]!.explanation);
    expect(leaves.map(({ period, inputs, factIds }) => ({ period, inputs, factIds }))).toEqual([
      { period: 'mid-year', inputs: { actual: '2000', target: '4000' }, factIds: ['sub-1', 'tc-1'] },
      { period: 'year-end', inputs: { actual: '4000', target: '5000' }, factIds: ['sub-2', 'assign-1#year-end'] },
    ]);
    expect(eventIdOfFact('assign-1#year-end')).toBe('assign-1');
  });

  it('turns a target change into a later TargetSet', () =>
    expect(factsOf([recorded(event('TargetChanged', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2600', previous: '2500' }), { id: 'tc-1', at: at(3) })])).toEqual([
      { id: 'tc-1', type: 'TargetSet', unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2600', recordedAt: at(3) },
    ]));

  it('turns a correction into a value that supersedes the earlier one', () =>
    expect(
      factsOf([
        recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400' }), { id: 'sub-1', at: at(2), actor: finance }),
        recorded(event('DataCorrected', { unitId: 'town-a', supersedes: 'sub-1', indicatorId: 'revenue', period: 'mid-year', value: '2450', previous: '2400' }), { id: 'cor-1', at: at(3), actor: finance }),
      ]),
    ).toEqual([
      { id: 'sub-1', type: 'DataSubmitted', unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400', recordedAt: at(2) },
      { id: 'cor-1', type: 'DataSubmitted', unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2450', supersedes: 'sub-1', recordedAt: at(3) },
    ]));

  it('turns a survey into SurveyRecorded, and a sign-off into PeriodSignedOff', () =>
    expect(
      factsOf([
        recorded(event('SurveyResultRecorded', { unitId: 'town-a', indicatorId: 'public', period: 'year-end', rate: '87.5', sampleSize: '400' }), { id: 's-1', at: at(2) }),
        recorded(event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'head-1' }), { id: 'so-1', at: at(3) }),
      ]).map((fact) => [fact.id, fact.type]),
    ).toEqual([
      ['s-1', 'SurveyRecorded'],
      ['so-1', 'PeriodSignedOff'],
    ]));

  it('counts proposals only once approved, and revocations take them back with the reason', () => {
    const ref = { proposalId: 'p1', unitId: 'town-a' };
    expect(
      factsOf([
        recorded(event('InspectionFindingRecorded', { ...ref, ruleId: 'inspection', source: 'efficiency-office', what: 'w', where: 'w', amount: '0.5' }), { id: 'f-1' }),
        recorded(event('DeductionApproved', { ...ref, ruleId: 'inspection', source: 'efficiency-office', amount: '0.5', approves: 'f-1', adjusted: false }), { id: 'ap-1', at: at(5) }),
        recorded(event('DeductionRevoked', { ...ref, revokes: 'ap-1', appealId: 'a1' }), { id: 'rv-1', at: at(6), reason: 'appeal a1 upheld' }),
        recorded(event('VetoIncidentRecorded', { proposalId: 'v1', unitId: 'town-b', vetoId: 'safety-accident', what: 'x' }), { id: 'vi-1' }),
        recorded(event('VetoRejected', { proposalId: 'v1', unitId: 'town-b', rejects: 'vi-1' }), { id: 'vr-1' }),
      ]),
    ).toEqual([
      { id: 'ap-1', type: 'DeductionApproved', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', amount: '0.5', recordedAt: at(5) },
      { id: 'rv-1', type: 'FactRevoked', unitId: 'town-a', revokes: 'ap-1', reason: 'appeal a1 upheld', recordedAt: at(6) },
    ]);
  });

  it('maps a fact id back to its event', () => expect([eventIdOfFact('assign-1#mid-year'), eventIdOfFact('sub-1')]).toEqual(['assign-1', 'sub-1']));
});

describe('scoring facts: which units a category scores', () => {
  it('scores the units in the category now, with their facts, and leaves retired units out', () => {
    const moved = recorded(event('UnitMoved', { unitId: 'town-b', fromCategoryId: 'townships', toCategoryId: 'departments' }));
    const data = recorded(event('DataSubmitted', { unitId: 'town-b', indicatorId: 'revenue', period: 'mid-year', value: '1' }), { id: 'b-1' });
    const events = [...base, data, moved];
    expect(scoringFactsOf(events, { categoryId: 'townships' }).units).toEqual([{ id: 'town-a', name: '甲乡' }]);
    expect(scoringFactsOf(events, { categoryId: 'departments' })).toMatchObject({ units: [{ id: 'town-b' }], facts: [{ id: 'b-1' }] });
    expect(scoringFactsOf([...base, recorded(event('UnitRetired', { unitId: 'town-a' }))], { categoryId: 'townships' }).units).toEqual([{ id: 'town-b', name: '乙乡' }]);
  });

  it('scores the value as corrected, and as it stood before the correction for an earlier prefix', () => {
    const parsed = parseScheme(TEST_SCHEME);
    if (!parsed.ok) throw new Error('test scheme invalid');
    const events = [
      ...base,
      recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', targets: { 'mid-year': '2500', 'year-end': '5000' } }), { at: at(2) }),
      recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1250' }), { id: 'sub-1', at: at(3), actor: finance }),
      recorded(event('DataCorrected', { unitId: 'town-a', supersedes: 'sub-1', indicatorId: 'revenue', period: 'mid-year', value: '2500', previous: '1250' }), { id: 'cor-1', at: at(4), actor: finance }),
    ];
    const revenueOf = (prefix: readonly Recorded<EvaluationEvent>[]) => {
      const input = scoringFactsOf(prefix, { categoryId: 'townships' });
      const result = scoreCategory({ scheme: parsed.scheme, categoryId: 'townships', units: input.units, facts: input.facts, asOf: at(10) });
      return result.units.find((unit) => unit.unitId === 'town-a')?.parts.find((part) => part.id === 'indicators')?.value;
    };
    // Revenue is 40 of the 70 indicator points, half mid-year: 20 at target, 10 at half of it.
    expect([revenueOf(events.slice(0, -1)), revenueOf(events)]).toEqual(['10', '20']);
  });
});

describe('cycle view', () => {
  it('folds without changing the view it starts from', () => {
    const start = foldCycleView(base);
    const next = cycleView.evolve(start, recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }), { id: 'x-1' }));
    expect([start.facts.get('town-a'), next.facts.get('town-a')?.length]).toEqual([undefined, 1]);
    expect(next.lastEventId).toBe('x-1');
  });

  it('folds step by step as it folds at once', () => {
    const events = [...base, recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }), { id: 'x-1' })];
    const stepwise = events.reduce(cycleView.evolve, cycleView.initial());
    expect(stepwise).toEqual(foldCycleView(events));
  });

  it('holds the state of every stream of the cycle', () => {
    const view = foldCycleView(base);
    expect([view.cycle.status, view.units.get('town-a')?.status, view.units.size]).toEqual(['active', 'registered', 2]);
  });
});
