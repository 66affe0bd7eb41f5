import { deadlinesOf } from './cycle.calendar';
import { cycleDecider } from './cycle.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, cycleEvents, event, meta, recorded } from '../testing/lifecycle.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { isCycleEvent } from '../streams/event-guards';
import type { CalendarAmended, CycleEvent } from './cycle.events';
import type { Recorded } from '../shared/envelope.types';

// Counties: the evaluation plan is due "7 working days after" a date (方案印发后7个工作日内). Here the
// plan of a 2026 cycle is due 7 working days after review opens on 1 February 2027, across 春节.
const SCHEME = {
  ...TEST_SCHEME,
  calendar: { ...TEST_SCHEME.calendar, deadlines: [...(TEST_SCHEME.calendar?.deadlines ?? []), { id: 'plan-due', kind: 'plan', due: 'review.start + 7wd', remind: [1] }] },
};

const spec = deciderSpec(cycleDecider);
const office = actors.office();
const published = (): Recorded<CycleEvent>[] => cycleEvents({ scheme: SCHEME, open: ['review'] }).filter(isCycleEvent);
const amended = (date: string, day: CalendarAmended['data']['day']): Recorded<CycleEvent> =>
  recorded(event('CalendarAmended', { date, day }), { reason: '国办发明电〔2026〕号：2027年春节放假安排' });
const planDue = (events: readonly Recorded<CycleEvent>[]): string | undefined => {
  const state = events.reduce(cycleDecider.evolve, cycleDecider.initialState());
  return state.status === 'active' ? deadlinesOf(state).find((deadline) => deadline.id === 'plan-due')?.due : undefined;
};
const passedOn = (day: string) => command('RecordDeadlinePassed', { deadlineId: 'plan-due', overdue: [] }, meta(actors.system(), { now: `${day}T09:00:00+08:00` }));

describe('cycle: deadlines counted in working days', () => {
  it("counts on China's shipped calendar: 2027's statutory 春节 days (5–8 Feb) and the weekends are skipped", () => {
    // 2, 3, 4 Feb; 5 Feb (Fri) to 8 Feb (Mon) off; 9, 10, 11, 12 Feb.
    expect(planDue(published())).toBe('2027-02-12');
    spec.given(published()).when(passedOn('2027-02-11'), undefined).thenThrows({ kind: 'rule-violated', code: 'deadline-not-passed' });
  });

  it('records the office’s amendment of a date, with its reason, as a fact', () => {
    spec
      .given(published())
      .when(command('AmendCalendar', { date: '2027-02-13', day: 'working' }, meta(office, { reason: '2027年春节调休：2月13日（星期六）上班' })), undefined)
      .then([event('CalendarAmended', { date: '2027-02-13', day: 'working' })]);
  });

  it('refuses an amendment without a reason, a date that is no date, or a day that is neither working, holiday nor ordinary', () => {
    spec.given(published()).when(command('AmendCalendar', { date: '2027-02-13', day: 'working' }, meta(office)), undefined).thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given(published())
      .when(command('AmendCalendar', { date: '2027-02-30', day: 'holiday' }, meta(office, { reason: '放假' })), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'not-a-date' }, (error) => expect(error.details).toEqual([expect.objectContaining({ path: 'date' })]));
    spec
      .given(published())
      .when(command('AmendCalendar', { date: '2027-02-13', day: 'weekend' as 'working' }, meta(office, { reason: '调休' })), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'not-allowed-value' }, (error) => expect(error.details).toEqual([expect.objectContaining({ path: 'day' })]));
  });

  it('moves later deadlines by the amended days: holidays skipped, make-up working days (调休) counted', () => {
    const holidays = [...published(), amended('2027-02-09', 'holiday'), amended('2027-02-10', 'holiday'), amended('2027-02-11', 'holiday')];
    // 2, 3, 4, 12, 15, 16, 17 Feb.
    expect(planDue(holidays)).toBe('2027-02-17');
    const makeUp = [...holidays, amended('2027-02-13', 'working')];
    // 2, 3, 4, 12, 13 (Saturday, worked), 15, 16 Feb.
    expect(planDue(makeUp)).toBe('2027-02-16');
    spec.given(makeUp).when(passedOn('2027-02-16'), undefined).thenThrows({ kind: 'rule-violated', code: 'deadline-not-passed' });
    spec.given(makeUp).when(passedOn('2027-02-17'), undefined).thenMatches([{ type: 'DeadlinePassed', data: { deadlineId: 'plan-due', dueAt: '2027-02-16' } }]);
  });

  it('takes the latest word on a date: a make-up day withdrawn as ordinary is a Saturday off again', () => {
    const withdrawn = [...published(), amended('2027-02-09', 'holiday'), amended('2027-02-10', 'holiday'), amended('2027-02-11', 'holiday'), amended('2027-02-13', 'working'), amended('2027-02-13', 'ordinary')];
    expect(planDue(withdrawn)).toBe('2027-02-17');
  });
});
