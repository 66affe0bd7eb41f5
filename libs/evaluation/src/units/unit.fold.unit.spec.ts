import { foldCycleView } from '../scoring-facts/cycle-view';
import type { Recorded } from '../shared/envelope.types';
import { PersistentList, PersistentMap } from '../shared/persistent';
import { LayeredMap } from '../shared/layered-map';
import { actors, event, recorded } from '../testing/lifecycle.factories';
import { unitDecider } from './unit.decider';
import type { UnitEvent } from './unit.events';
import type { UnitState } from './unit.state';

// A fold changes its own copies in place (issue 11: copying every map on every event made long
// streams quadratic); these pin that nobody else's state is ever changed, and that the fold and
// evolve, event after event, agree.

const leader = actors.leader();
const registered = recorded(event('UnitRegistered', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }), { id: 'e-reg' });

/** One event of each kind that changes a map or set of the unit's state, after `at` events. */
const eventsOfEveryKind = (at: number): Recorded<UnitEvent>[] => [
  recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: `ind-${at}`, providerId: 'stats', targets: { '': '100' } }), { id: `e-${at}-a` }),
  recorded(event('TargetChanged', { unitId: 'town-a', indicatorId: `ind-${at}`, period: 'mid-year', value: '120' }), { id: `e-${at}-t`, reason: '调整' }),
  recorded(event('UnitIndicatorsAssigned', { unitId: 'town-a', indicatorId: `ind-${at}`, items: [{ id: 'x', label: 'X', weight: '1', target: '5' }] }), { id: `e-${at}-u` }),
  recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: `ind-${at}`, period: 'mid-year', value: '90' }), { id: `e-${at}-d` }),
  recorded(event('DataCorrected', { unitId: 'town-a', supersedes: `e-${at}-d`, indicatorId: `ind-${at}`, period: 'mid-year', value: '95', previous: '90' }), { id: `e-${at}-c`, reason: '更正' }),
  recorded(event('RatingGiven', { unitId: 'town-a', indicatorId: `ind-${at}`, period: 'mid-year', raterId: 'head-1', raterRole: 'leader', grade: 'good' }), { id: `e-${at}-r`, actor: leader }),
  recorded(event('SurveyResultRecorded', { unitId: 'town-a', indicatorId: `ind-${at}`, period: 'mid-year', rate: '90', sampleSize: '100' }), { id: `e-${at}-s` }),
  recorded(event('SelfAssessmentSubmitted', { unitId: 'town-a', period: `p-${at}`, narrative: '自评' }), { id: `e-${at}-self` }),
  recorded(event('PeriodSignedOff', { unitId: 'town-a', period: 'mid-year', signerId: 'head-2' }), { id: `e-${at}-so` }),
];

/** What the state holds, as plain data (Maps and Sets copied deeply): compared after the fact. */
// A deep copy of what a state holds, persistent maps and lists as plain ones (the tests compare contents).
const copyOf = (value: unknown): unknown => {
  if (value instanceof LayeredMap) return LayeredMap.of([...(value as ReadonlyMap<unknown, unknown>)].map(([key, item]) => [key, copyOf(item)]));
  if (value instanceof PersistentMap || value instanceof Map) return new Map([...(value as ReadonlyMap<unknown, unknown>)].map(([key, item]) => [key, copyOf(item)]));
  if (value instanceof PersistentList || Array.isArray(value)) return [...(value as Iterable<unknown>)].map(copyOf);
  if (value instanceof Set) return new Set([...value].map(copyOf));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyOf(item)]));
  return value;
};
const contentOf = <T>(state: T): T => copyOf(state) as T;

describe('units: folding', () => {
  const held = unitDecider.fold([registered, ...eventsOfEveryKind(1), ...eventsOfEveryKind(2)]);

  // The held state has its last period signed off already: signing it again is no change (see the next test).
  const changing = eventsOfEveryKind(3).filter((e) => e.type !== 'PeriodSignedOff');
  it.each(changing.map((e) => [e.type, e] as const))('evolving a held state with %s changes nothing the caller holds', (_type, next) => {
    const before = contentOf(held);
    const maps = held.status === 'registered' ? [held.assignments, held.submissions, held.currentValues, held.ratings, held.surveys, held.selfAssessments, held.unitIndicators] : [];
    const sizes = maps.map((map) => map?.size);
    const signedOff = held.status === 'registered' ? [...held.signedOff] : [];

    const after = unitDecider.evolve(held, next);

    expect(held).toEqual(before);
    expect(maps.map((map) => map?.size)).toEqual(sizes);
    expect(held.status === 'registered' ? [...held.signedOff] : []).toEqual(signedOff);
    // The event did change the state it returned.
    expect(after).not.toEqual(before);
  });

  it('evolving a held state with PeriodSignedOff changes nothing the caller holds', () => {
    const [, , , dataSubmitted, , , , , signOff] = eventsOfEveryKind(3);
    if (dataSubmitted === undefined || signOff === undefined) throw new Error('eventsOfEveryKind changed');
    // A value recorded after the sign-off: the period is no longer signed.
    const unsigned = unitDecider.evolve(held, dataSubmitted);
    const before = contentOf(unsigned);

    const after = unitDecider.evolve(unsigned, signOff);

    expect(unsigned).toEqual(before);
    expect(unsigned.status === 'registered' ? [...unsigned.signedOff] : undefined).toEqual([]);
    expect(after.status === 'registered' ? [...after.signedOff] : undefined).toEqual(['mid-year']);
  });

  it('folding on from a held state leaves that state as it was, and folds the same twice', () => {
    const before = contentOf(held);
    const more = [...eventsOfEveryKind(3), ...eventsOfEveryKind(4)];

    const first = unitDecider.fold(more, held);
    const second = unitDecider.fold(more, held);

    expect(held).toEqual(before);
    expect(first).toEqual(second);
    expect(first).toEqual(more.reduce(unitDecider.evolve, held));
  });

  it('a fold in progress leaves the state it started from as it was', () => {
    const before = contentOf(held);
    const more = eventsOfEveryKind(5);
    const fold = unitDecider.startFold(held);
    for (const next of more) fold.evolve(next);

    expect(held).toEqual(before);
    expect(fold.state()).toEqual(unitDecider.fold(more, held));
  });

  it('folding a cycle view on from a view leaves that view (its unit states and facts) as it was', () => {
    const view = foldCycleView([registered, ...eventsOfEveryKind(1)]);
    const before = contentOf(view);

    const after = foldCycleView(eventsOfEveryKind(2), view);

    expect(view).toEqual(before);
    expect(after.facts.get('town-a')?.length).toBeGreaterThan(view.facts.get('town-a')?.length ?? 0);
  });
});

describe('units: a long stream', () => {
  /**
   * 20,000 events: values for 100 indicators over 10 periods (each corrected once), and between
   * them ratings, surveys, self-assessments and sign-offs that replace earlier ones on a few slots,
   * recorded without a command id: event-by-event evolve copies every map an event changes, and
   * has to stay quick enough to compare with.
   */
  const longStream = (): Recorded<UnitEvent>[] => {
    const events: Recorded<UnitEvent>[] = [registered];
    let slot = 0;
    while (events.length < 20_000) {
      const at = events.length;
      const indicatorId = `ind-${slot % 100}`;
      const period = `p${Math.floor(slot / 100) % 10}`;
      // What replaces earlier events goes to a few slots again and again.
      const again = { indicatorId: `ind-${at % 5}`, period: `p${at % 4}` };
      const withoutCommand = <E extends UnitEvent>(e: E, id: string): Recorded<E> => {
        const { commandId: _none, ...metadata } = recorded(e).metadata;
        return { ...e, id, metadata };
      };
      if (at % 10 === 0 && slot < 1_000) {
        events.push(recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId, period, value: `${at}.5` }), { id: `v-${slot}` }));
        events.push(recorded(event('DataCorrected', { unitId: 'town-a', supersedes: `v-${slot}`, indicatorId, period, value: `${at}.75`, previous: `${at}.5` }), { id: `v-${slot}-c`, reason: '更正' }));
        slot += 1;
      } else if (at % 5 === 0) events.push(withoutCommand(event('SurveyResultRecorded', { unitId: 'town-a', ...again, rate: String(at % 100), sampleSize: '50' }), `s-${at}`));
      else if (at % 7 === 0) events.push(withoutCommand(event('PeriodSignedOff', { unitId: 'town-a', period: again.period, signerId: 'head-2' }), `so-${at}`));
      else if (at % 11 === 0) events.push(withoutCommand(event('SelfAssessmentSubmitted', { unitId: 'town-a', period: again.period, narrative: `自评 ${at}` }), `self-${at}`));
      else events.push(withoutCommand(event('RatingGiven', { unitId: 'town-a', ...again, raterId: `rater-${at % 2}`, raterRole: 'leader', points: String(at % 10) }), `r-${at}`));
    }
    return events;
  };

  it('folds 20,000 events into the state that evolving them one by one gives', () => {
    const events = longStream();
    expect(events).toHaveLength(20_000);

    const evolved = events.reduce(unitDecider.evolve, unitDecider.initialState());
    const folded = unitDecider.fold(events);

    expect(folded).toEqual(evolved);
    expect(folded.status === 'registered' ? folded.submissions.size : 0).toBe(2_000);
  });

  it('folds the second half on from the first the same as the whole, leaving the first half as it was', () => {
    const events = longStream();
    const firstHalf = unitDecider.fold(events.slice(0, 10_000));
    const before = contentOf(firstHalf);

    const whole = unitDecider.fold(events.slice(10_000), firstHalf);

    expect(firstHalf).toEqual(before);
    expect(whole).toEqual(unitDecider.fold(events));
  });
});

describe('units: a cycle fold holds each value once', () => {
  it('keeps the scoring fact of a submission and of a correction as the unit state\'s submission (one object, not two alike)', () => {
    const [, , , submitted, corrected] = eventsOfEveryKind(1);
    if (submitted === undefined || corrected === undefined) throw new Error('eventsOfEveryKind changed');
    const view = foldCycleView([registered, submitted, corrected]);

    const unit = view.units.get('town-a');
    const facts = view.facts.get('town-a')?.toArray() ?? [];
    const held = unit?.status === 'registered' ? [unit.submissions.get(submitted.id), unit.submissions.get(corrected.id)] : [];

    expect(held).toHaveLength(2);
    expect(held[0]).toBe(facts.find((fact) => fact.id === submitted.id));
    expect(held[1]).toBe(facts.find((fact) => fact.id === corrected.id));
    expect(held[1]).toMatchObject({ type: 'DataSubmitted', indicatorId: 'ind-1', period: 'mid-year', value: '95', supersedes: submitted.id });
  });
});
