import { actors, command, meta } from '../testing/lifecycle.factories';
import { inMemoryLifecycle } from '../testing/in-memory-lifecycle';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { scoreCategory } from './score-view';

// TEST_SCHEME is written for 2026 (mid-year data due 07-20). The README walkthrough runs a 2027
// cycle on a 2026 scheme file: its deadlines fall in 2027.
const cycleOfYear = (year: number) => {
  const world = inMemoryLifecycle();
  const office = actors.office();
  world.run(command('CreateCycle', { cycleId: 'c', year, name: `${year}年度` }, meta(office)));
  world.run(command('PublishScheme', { cycleId: 'c', scheme: TEST_SCHEME }, meta(office)));
  world.run(command('OpenPhase', { cycleId: 'c', phase: 'planning', trigger: 'manual' }, meta(office)));
  world.run(command('RegisterUnit', { cycleId: 'c', unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)));
  return world.view();
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
});
