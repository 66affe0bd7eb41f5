import { actors, command, meta } from '../testing/lifecycle.factories';
import { inMemoryEvaluation } from '../testing/in-memory-evaluation';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { scoreCategory } from './score-view';

// TEST_SCHEME is written for 2026 (mid-year data due 07-20). The README walkthrough runs a 2027
// cycle on a 2026 scheme file: its deadlines fall in 2027.
const cycleOfYear = (year: number) => {
  const world = inMemoryEvaluation();
  const office = actors.office();
  world.run(command('CreateCycle', { cycleId: 'c', year, name: `${year}年度` }, meta(office)));
  world.run(command('PublishScheme', { cycleId: 'c', scheme: TEST_SCHEME }, meta(office)));
  world.run(command('OpenPhase', { cycleId: 'c', phase: 'planning', trigger: 'manual' }, meta(office)));
  world.run(command('RegisterUnit', { cycleId: 'c', unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)));
  return world.view();
};

// Mid-year data due 10 working days after mid-year opens (Wednesday 1 July 2026): 15 July.
const WORKING_DAY_SCHEME = {
  ...TEST_SCHEME,
  calendar: {
    ...TEST_SCHEME.calendar,
    deadlines: (TEST_SCHEME.calendar?.deadlines ?? []).map((deadline) => (deadline.id === 'mid-year-data' ? { ...deadline, due: 'mid-year.start + 10wd' } : deadline)),
  },
};
const missingOn = (asOf: string, amendments: readonly Readonly<{ date: string; day: 'working' | 'holiday' | 'ordinary' }>[]): boolean => {
  const world = inMemoryEvaluation();
  const office = actors.office();
  world.run(command('CreateCycle', { cycleId: 'c', year: 2026, name: '2026年度' }, meta(office)));
  world.run(command('PublishScheme', { cycleId: 'c', scheme: WORKING_DAY_SCHEME }, meta(office)));
  world.run(command('OpenPhase', { cycleId: 'c', phase: 'planning', trigger: 'manual' }, meta(office)));
  world.run(command('RegisterUnit', { cycleId: 'c', unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)));
  for (const amendment of amendments) world.run(command('AmendCalendar', { cycleId: 'c', ...amendment }, meta(office, { reason: '县政府通知' })));
  return scoreCategory(world.view(), 'townships', asOf).units.some((unit) => unit.flags.some((flag) => flag.code === 'missing-data'));
};

const flagsOf = (year: number, asOf: string): readonly string[] =>
  scoreCategory(cycleOfYear(year), 'townships', asOf).units.flatMap((unit) => unit.flags.map((flag) => flag.code));

describe('scoreCategory: a folded cycle scored in its own year', () => {
  it('judges a 2027 cycle’s deadlines in 2027 although its scheme was written for 2026', () => {
    // 2027-01-10: the 2026 mid-year deadline is long gone, the 2027 one is still ahead.
    expect(TEST_SCHEME.cycle).toBe(2026);
    expect(flagsOf(2027, '2027-01-10T09:00:00+08:00')).toContain('pending-data');
    expect(flagsOf(2027, '2027-01-10T09:00:00+08:00')).not.toContain('missing-data');
    expect(flagsOf(2026, '2027-01-10T09:00:00+08:00')).toContain('missing-data');
  });

  it('refuses a category the scheme does not have, naming the field', () =>
    expect(() => scoreCategory(cycleOfYear(2026), 'villages', '2026-05-01T00:00:00Z')).toThrow(expect.objectContaining({ code: 'category-not-found' })));

  it('judges a deadline counted in working days on the calendar as the office amended it', () => {
    expect(missingOn('2026-07-16T09:00:00+08:00', [])).toBe(true);
    // 10 July given as a day off: the data are due on 16 July, still pending that morning.
    expect(missingOn('2026-07-16T09:00:00+08:00', [{ date: '2026-07-10', day: 'holiday' }])).toBe(false);
    expect(missingOn('2026-07-17T09:00:00+08:00', [{ date: '2026-07-10', day: 'holiday' }])).toBe(true);
  });
});

describe('scoreCategory: 怀来 sign-off in the order the log decided it', () => {
  // One month, signed off by the group leader; the leader in charge rates.
  const MONTHLY = {
    ...TEST_SCHEME,
    calendar: { phases: TEST_SCHEME.calendar?.phases ?? {} },
    periods: [{ id: 'm04', label: '4月', signOff: true }],
    categories: [
      {
        id: 'townships',
        label: '科室',
        total: 100,
        parts: [{ id: 'leaders', label: '定性考核', points: 100, period: 'm04', method: { kind: 'points', outOf: 100, roles: ['leader-in-charge'] } }],
        grading: { grades: [{ id: 'pass', label: '合格', min: 60 }, { id: 'fail', label: '不合格' }] },
      },
    ],
  };

  it('keeps a rating given in the same instant as the sign-off, but after it, waiting for a new sign-off — as the unit decider does', () => {
    const world = inMemoryEvaluation();
    const office = actors.office();
    const head = actors.leader('head-1');
    const groupLeader = actors.committee('group-leader');
    // Every command of this test arrives at the same `now`: only the log orders them.
    world.run(command('CreateCycle', { cycleId: 'c', year: 2026, name: '2026年度' }, meta(office)));
    world.run(command('PublishScheme', { cycleId: 'c', scheme: MONTHLY }, meta(office)));
    world.run(command('OpenPhase', { cycleId: 'c', phase: 'planning', trigger: 'manual' }, meta(office)));
    world.run(command('RegisterUnit', { cycleId: 'c', unitId: 'town-a', name: '财务科', level: 'department', categoryId: 'townships' }, meta(office)));
    world.run(command('AssignRater', { cycleId: 'c', raterId: 'head-1', raterRole: 'leader-in-charge', units: ['town-a'] }, meta(office)));
    world.run(command('OpenPhase', { cycleId: 'c', phase: 'monitoring', trigger: 'manual' }, meta(office)));
    const rate = (points: string) => world.run(command('RateUnit', { cycleId: 'c', unitId: 'town-a', indicatorId: 'leaders', period: 'm04', raterRole: 'leader-in-charge', points }, meta(head)));
    const signOff = () => world.run(command('SignOffPeriod', { cycleId: 'c', unitId: 'town-a', period: 'm04' }, meta(groupLeader)));
    const total = () => scoreCategory(world.view(), 'townships', '2026-06-01T00:00:00Z').units[0]?.total;

    rate('70');
    signOff();
    expect(total()).toBe('70.00');
    rate('85');
    expect(total()).toBe('0.00');
    // The decider agrees the month is unsigned: it takes a new sign-off, which counts the 85.
    expect(signOff().map((event) => event.type)).toEqual(['PeriodSignedOff']);
    expect(total()).toBe('85.00');
  });
});
