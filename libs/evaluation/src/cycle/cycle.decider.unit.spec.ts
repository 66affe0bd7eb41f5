import { cycleDecider } from './cycle.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { CYCLE_ID, actors, command, cycleEvents, event, meta, recorded } from '../testing/lifecycle.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { isCycleEvent } from '../streams/event-guards';
import type { CycleEvent } from './cycle.events';
import type { Recorded } from '../shared/envelope.types';

const spec = deciderSpec(cycleDecider);
const office = actors.office();
const published = (open: Parameters<typeof cycleEvents>[0]['open'] = []): Recorded<CycleEvent>[] =>
  cycleEvents({ scheme: TEST_SCHEME, open }).filter(isCycleEvent);

describe('cycle: creating and publishing', () => {
  it('creates a cycle once', () => {
    spec
      .given([])
      .when(command('CreateCycle', { year: 2026, name: '2026年度' }, meta(office)), undefined)
      .then([event('CycleCreated', { year: 2026, name: '2026年度' })]);
    spec
      .given([recorded(event('CycleCreated', { year: 2026, name: '2026年度' }))])
      .when(command('CreateCycle', { year: 2026, name: 'again' }, meta(office)), undefined)
      .thenThrows({ kind: 'conflict', code: 'cycle-exists' });
  });

  it("refuses a cycle id with '-', which would make two cycles' stream ids collide", () => {
    spec
      .given([])
      .when(command('CreateCycle', { cycleId: 'a-b', year: 2026, name: '2026年度' }, meta(office)), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'cycle-id' }, (error) =>
        expect(error.details).toEqual([expect.objectContaining({ path: 'cycleId', rule: 'cycle-id' })]),
      );
  });

  it('publishes a valid scheme with its version', () => {
    spec
      .given([recorded(event('CycleCreated', { year: 2026, name: '2026' }))])
      .when(command('PublishScheme', { scheme: TEST_SCHEME }, meta(office)), undefined)
      .then([event('SchemePublished', { version: 1, scheme: TEST_SCHEME })]);
  });

  it('refuses an invalid scheme, naming each problem with its path', () => {
    const broken = { ...TEST_SCHEME, categories: [] };
    spec
      .given([recorded(event('CycleCreated', { year: 2026, name: '2026' }))])
      .when(command('PublishScheme', { scheme: broken }, meta(office)), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'invalid-scheme' }, (error) =>
        expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'scheme.categories', rule: 'empty-list' })])),
      );
  });

  it('amends only with a reason and a higher version', () => {
    spec
      .given(published(['planning']))
      .when(command('AmendScheme', { scheme: { ...TEST_SCHEME, version: 2 } }, meta(office)), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given(published(['planning']))
      .when(command('AmendScheme', { scheme: TEST_SCHEME }, meta(office, { reason: 'typo' })), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'version-not-increased' });
    spec
      .given(published(['planning']))
      .when(command('AmendScheme', { scheme: { ...TEST_SCHEME, version: 2 } }, meta(office, { reason: '调整权重' })), undefined)
      .then([event('SchemeAmended', { version: 2, previousVersion: 1, scheme: { ...TEST_SCHEME, version: 2 } })]);
  });

  it('publishes no second scheme: the office amends it', () =>
    spec
      .given(published())
      .when(command('PublishScheme', { scheme: TEST_SCHEME }, meta(office)), undefined)
      .thenThrows({ kind: 'conflict', code: 'scheme-already-published' }));
});

describe('cycle: raters', () => {
  it('assigns a rater in a rater role the scheme uses', () =>
    spec
      .given(published(['planning']))
      .when(command('AssignRater', { raterId: 'head-1', raterRole: 'county-head', units: 'all' }, meta(office)), undefined)
      .then([event('RaterAssigned', { raterId: 'head-1', raterRole: 'county-head', units: 'all' })]));

  it('refuses a rater role no rating method names', () =>
    spec
      .given(published(['planning']))
      .when(command('AssignRater', { raterId: 'head-1', raterRole: 'governor', units: 'all' }, meta(office)), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-rater-role' }));
});

describe('cycle: phases', () => {
  it('opens a phase by hand (office) or on schedule (system) once its date has come', () => {
    spec
      .given(published())
      .when(command('OpenPhase', { phase: 'planning', trigger: 'manual' }, meta(office)), undefined)
      .then([event('PhaseOpened', { phase: 'planning', trigger: 'manual' })]);
    spec
      .given(published())
      .when(command('OpenPhase', { phase: 'monitoring', trigger: 'schedule' }, meta(actors.system(), { now: '2026-03-31T23:00:00Z' })), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'not-scheduled-yet' });
    spec
      .given(published())
      .when(command('OpenPhase', { phase: 'monitoring', trigger: 'schedule' }, meta(actors.system(), { now: '2026-04-01T00:05:00+08:00' })), undefined)
      .then([event('PhaseOpened', { phase: 'monitoring', trigger: 'schedule' })]);
  });

  it('keeps the schedule to the system and manual changes to the office', () => {
    spec
      .given(published())
      .when(command('OpenPhase', { phase: 'planning', trigger: 'schedule' }, meta(office)), undefined)
      .thenThrows({ kind: 'forbidden', code: 'trigger-role' });
    spec
      .given(published())
      .when(command('OpenPhase', { phase: 'planning', trigger: 'manual' }, meta(actors.system())), undefined)
      .thenThrows({ kind: 'forbidden', code: 'trigger-role' });
  });

  it('opens a phase once, and never after a later phase', () => {
    spec
      .given(published(['planning']))
      .when(command('OpenPhase', { phase: 'planning', trigger: 'manual' }, meta(office)), undefined)
      .thenThrows({ kind: 'conflict', code: 'phase-already-opened' });
    spec
      .given(published(['monitoring']))
      .when(command('OpenPhase', { phase: 'planning', trigger: 'manual' }, meta(office)), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'phase-order' });
  });

  it('closes the mid-year phase with the periods whose deadlines fell in it', () =>
    spec
      .given(published(['mid-year']))
      .when(command('ClosePhase', { phase: 'mid-year', trigger: 'manual' }, meta(office)), undefined)
      .then([event('PhaseClosed', { phase: 'mid-year', trigger: 'manual', periodsClosed: ['mid-year'] })]));

  it('closes every period at year-end', () =>
    spec
      .given(published(['year-end']))
      .when(command('ClosePhase', { phase: 'year-end', trigger: 'manual' }, meta(office)), undefined)
      .then([event('PhaseClosed', { phase: 'year-end', trigger: 'manual', periodsClosed: ['mid-year', 'year-end'] })]));

  it('closes only an open phase', () =>
    spec
      .given(published())
      .when(command('ClosePhase', { phase: 'review', trigger: 'manual' }, meta(office)), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('moves a phase by hand only with a reason, and remembers the old dates', () => {
    spec
      .given(published(['planning']))
      .when(command('MovePhase', { phase: 'mid-year', end: '2026-08-10' }, meta(office)), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given(published(['planning']))
      .when(command('MovePhase', { phase: 'mid-year', end: '2026-08-10' }, meta(office, { reason: '汛期顺延' })), undefined)
      .then([event('PhaseMoved', { phase: 'mid-year', end: '2026-08-10', previousStart: '2026-07-01', previousEnd: '2026-07-31' })]);
  });

  it('lets a moved date govern the schedule', () => {
    const moved = recorded(event('PhaseMoved', { phase: 'mid-year', start: '2026-07-15' }));
    spec
      .given([...published(['planning']), moved])
      .when(command('OpenPhase', { phase: 'mid-year', trigger: 'schedule' }, meta(actors.system(), { now: '2026-07-02T08:00:00+08:00' })), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'not-scheduled-yet' });
  });
});

describe('cycle: deadlines and reminders', () => {
  const overdue = [{ unitId: 'town-b', indicatorId: 'revenue', period: 'mid-year' }];

  it('records a passed deadline with the overdue items, once', () => {
    const passed = command('RecordDeadlinePassed', { deadlineId: 'mid-year-data', overdue }, meta(actors.system(), { now: '2026-07-21T00:10:00+08:00' }));
    spec
      .given(published(['mid-year']))
      .when(passed, undefined)
      .then([event('DeadlinePassed', { deadlineId: 'mid-year-data', kind: 'data', period: 'mid-year', dueAt: '2026-07-20', overdue })]);
    spec
      .given([...published(['mid-year']), recorded(event('DeadlinePassed', { deadlineId: 'mid-year-data', kind: 'data', period: 'mid-year', dueAt: '2026-07-20', overdue }))])
      .when({ ...passed, meta: meta(actors.system(), { now: '2026-07-21T00:20:00+08:00' }) }, undefined)
      .thenNothing();
  });

  it('refuses a deadline before its due date, or one the calendar does not have', () => {
    spec
      .given(published(['mid-year']))
      .when(command('RecordDeadlinePassed', { deadlineId: 'mid-year-data', overdue }, meta(actors.system(), { now: '2026-07-20T18:00:00+08:00' })), undefined)
      .thenThrows({ kind: 'rule-violated', code: 'deadline-not-passed' });
    spec
      .given(published(['mid-year']))
      .when(command('RecordDeadlinePassed', { deadlineId: 'nope', overdue }, meta(actors.system())), undefined)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-deadline' });
  });

  it('issues a reminder once per deadline and day', () => {
    const reminder = event('ReminderIssued', { deadlineId: 'mid-year-data', dueAt: '2026-07-20', remindOn: '2026-07-13', recipients: ['finance-bureau'] });
    spec
      .given(published(['mid-year']))
      .when(command('IssueReminder', { deadlineId: 'mid-year-data', remindOn: '2026-07-13', recipients: ['finance-bureau'] }, meta(actors.system())), undefined)
      .then([reminder]);
    spec
      .given([...published(['mid-year']), recorded(reminder)])
      .when(command('IssueReminder', { deadlineId: 'mid-year-data', remindOn: '2026-07-13', recipients: ['finance-bureau'] }, meta(actors.system())), undefined)
      .thenNothing();
  });

  it('records no reminder once the deadline has passed (a catch-up after downtime): the overdue notice covers it', () => {
    const remind = (now: string) => command('IssueReminder', { deadlineId: 'mid-year-data', remindOn: '2026-07-13', recipients: ['role:office'] }, meta(actors.system(), { now }));
    spec.given(published(['mid-year'])).when(remind('2026-07-21T00:00:00Z'), undefined).thenNothing();
    spec
      .given([...published(['mid-year']), recorded(event('DeadlinePassed', { deadlineId: 'mid-year-data', kind: 'data', period: 'mid-year', dueAt: '2026-07-20', overdue }))])
      .when(remind('2026-07-20T10:00:00Z'), undefined)
      .thenNothing();
    // Late but before the deadline: it goes out.
    spec
      .given(published(['mid-year']))
      .when(remind('2026-07-20T10:00:00Z'), undefined)
      .then([event('ReminderIssued', { deadlineId: 'mid-year-data', dueAt: '2026-07-20', remindOn: '2026-07-13', recipients: ['role:office'] })]);
  });

  it("records each chase by the office (催报), before the deadline or after it, and refuses one that names no deadline, no unit or nobody", () => {
    const chase = (data: Readonly<{ deadlineId: string; unitIds: readonly string[]; recipients: readonly string[] }>, now: string) => command('ChaseUnits', data, meta(actors.office(), { now }));
    const chased = event('UnitsChased', { deadlineId: 'mid-year-data', dueAt: '2026-07-20', unitIds: ['town-a'], recipients: ['provider:finance-bureau', 'unit:town-a'] });
    const given = { deadlineId: 'mid-year-data', unitIds: ['town-a'], recipients: ['provider:finance-bureau', 'unit:town-a'] };
    spec.given(published(['mid-year'])).when(chase(given, '2026-07-15T09:00:00+08:00'), undefined).then([chased]);
    // Again the same day, and once the deadline has passed (an overdue unit is chased most): each time.
    spec.given([...published(['mid-year']), recorded(chased)]).when(chase(given, '2026-07-15T10:00:00+08:00'), undefined).then([chased]);
    spec
      .given([...published(['mid-year']), recorded(event('DeadlinePassed', { deadlineId: 'mid-year-data', kind: 'data', period: 'mid-year', dueAt: '2026-07-20', overdue }))])
      .when(chase(given, '2026-07-25T09:00:00+08:00'), undefined)
      .then([chased]);
    spec.given(published(['mid-year'])).when(chase({ ...given, deadlineId: 'no-such' }, '2026-07-15T09:00:00+08:00'), undefined).thenThrows({ kind: 'invalid-input', code: 'unknown-deadline' });
    spec.given(published(['mid-year'])).when(chase({ ...given, unitIds: [] }, '2026-07-15T09:00:00+08:00'), undefined).thenThrows({ kind: 'invalid-input', code: 'empty-list' });
    spec.given(published(['mid-year'])).when(chase({ ...given, recipients: [] }, '2026-07-15T09:00:00+08:00'), undefined).thenThrows({ kind: 'invalid-input', code: 'empty-list' });
    // The scheduler reminds; chasing is the office's.
    spec.given(published(['mid-year'])).when(command('ChaseUnits', given, meta(actors.system())), undefined).thenThrows({ kind: 'forbidden', code: 'role-not-allowed' });
  });

  it('keeps who owed the overdue items in the fact', () => {
    const passed = command('RecordDeadlinePassed', { deadlineId: 'mid-year-data', overdue, recipients: ['provider:finance-bureau'] }, meta(actors.system(), { now: '2026-07-21T00:10:00+08:00' }));
    spec
      .given(published(['mid-year']))
      .when(passed, undefined)
      .then([event('DeadlinePassed', { deadlineId: 'mid-year-data', kind: 'data', period: 'mid-year', dueAt: '2026-07-20', overdue, recipients: ['provider:finance-bureau'] })]);
  });
});

describe('cycle: roles', () => {
  it.each([actors.auditor(), actors.admin(), actors.committee(), actors.reporter('town-a')])('refuses %o to create a cycle', (actor) => {
    spec.given([]).when(command('CreateCycle', { year: 2026, name: '2026' }, meta(actor)), undefined).thenThrows({ kind: 'forbidden', code: 'role-not-allowed' });
  });

  it('keeps the cycle id of the stream', () =>
    expect(published()[0]?.data).toEqual({ cycleId: CYCLE_ID, year: 2026, name: '2026年度绩效考评' }));
});

describe('cycle: the cycle before it', () => {
  const lastYear = [recorded(event('CycleCreated', { cycleId: 'c2025', year: 2025, name: '2025年度' }))];
  const predecessor = (events: typeof lastYear) => ({ predecessor: events.reduce(cycleDecider.evolve, cycleDecider.initialState()) });

  it('names the cycle before it when that cycle exists', () => {
    spec
      .given([])
      .when(command('CreateCycle', { year: 2026, name: '2026年度', predecessorCycleId: 'c2025' }, meta(office)), predecessor(lastYear))
      .then([event('CycleCreated', { year: 2026, name: '2026年度', predecessorCycleId: 'c2025' })]);
  });

  it('refuses a predecessor that does not exist, or itself, naming the field', () => {
    spec
      .given([])
      .when(command('CreateCycle', { year: 2026, name: '2026年度', predecessorCycleId: 'c2024' }, meta(office)), predecessor([]))
      .thenThrows({ kind: 'invalid-input', code: 'unknown-cycle' }, (error) =>
        expect(error.details).toEqual([expect.objectContaining({ path: 'predecessorCycleId', rule: 'unknown-cycle' })]),
      );
    spec
      .given([])
      .when(command('CreateCycle', { year: 2026, name: '2026年度', predecessorCycleId: CYCLE_ID }, meta(office)), predecessor(lastYear))
      .thenThrows({ kind: 'invalid-input', code: 'predecessor-is-itself' });
  });
});
