import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { COMMAND_TYPES } from '../shared/messages';
import { cycleWith } from '../testing/context.factories';
import { PHASE_TABLE } from './phase-table';
import { assertPhaseAccepts, assertRatingWindow, isPeriodClosed, openPhases, ratingWindowOf } from './phase.rules';
import type { ActiveCycle } from '../cycle/cycle.state';

const accepts = (type: (typeof COMMAND_TYPES)[number], phase: PhaseId): boolean => {
  try {
    assertPhaseAccepts(type, cycleWith({ open: [phase] }));
    return true;
  } catch {
    return false;
  }
};

describe('a phase accepts only what belongs to it', () => {
  const phased = COMMAND_TYPES.flatMap((type) => {
    const rule = PHASE_TABLE[type];
    return rule === 'any' || rule === 'before-phases' ? [] : [[type, rule] as const];
  });

  it.each(phased)('%s is accepted exactly in %j', (type, phases) =>
    expect(PHASE_IDS.filter((phase) => accepts(type, phase))).toEqual(PHASE_IDS.filter((phase) => phases.includes(phase))),
  );

  it.each([
    ['RegisterUnit', ['planning']],
    ['AssignIndicator', ['planning']],
    ['SubmitData', ['monitoring', 'mid-year', 'year-end']],
    ['SubmitSelfAssessment', ['mid-year', 'year-end']],
    // A month or quarter is rated while open (怀来); mid-year and year-end periods in their phases (unit decider).
    ['RateUnit', ['planning', 'monitoring', 'mid-year', 'year-end']],
    ['RecordInspectionFinding', ['monitoring', 'mid-year', 'year-end']],
    ['ClaimBonus', ['monitoring', 'mid-year', 'year-end']],
    ['ApproveDeduction', ['review']],
    ['FileAppeal', ['publication']],
    ['OrderRectification', ['results', 'rectification']],
  ] as const)('keeps %s to %j (LIFECYCLE.md)', (type, phases) => expect(PHASE_TABLE[type]).toEqual(phases));

  it('says which rule refused: closed once its phases have all closed', () => {
    const closed = cycleWith({ closed: [{ phase: 'planning', periods: [] }], open: ['monitoring'] });
    expect(() => assertPhaseAccepts('RegisterUnit', closed)).toThrow(expect.objectContaining({ code: 'phase-closed' }));
    expect(() => assertPhaseAccepts('ApproveDeduction', closed)).toThrow(expect.objectContaining({ code: 'phase-not-open' }));
  });

  it('takes the cycle and its scheme before any phase opens, not after', () => {
    expect(() => assertPhaseAccepts('PublishScheme', cycleWith())).not.toThrow();
    expect(() => assertPhaseAccepts('PublishScheme', cycleWith({ open: ['planning'] }))).toThrow(expect.objectContaining({ code: 'phases-started' }));
  });

  it('runs phase control and the schedule in any phase', () => expect(PHASE_IDS.every((phase) => accepts('ClosePhase', phase) && accepts('RecordDeadlinePassed', phase))).toBe(true));

  it('knows a period is closed once the phase that closes it has', () => {
    const cycle = cycleWith({ closed: [{ phase: 'mid-year', periods: ['mid-year'] }], open: ['year-end'] });
    expect([isPeriodClosed(cycle, 'mid-year'), isPeriodClosed(cycle, 'year-end')]).toEqual([true, false]);
  });

  describe('a period takes ratings in its window (the rule the cycle read gives the console)', () => {
    const windowsIn = (cycle: ReturnType<typeof cycleWith>) =>
      ['month-01', 'mid-year', 'year-end'].map((period) => ratingWindowOf({ period, openPhases: openPhases(cycle), periodClosed: isPeriodClosed(cycle, period) }));
    const refusal = (cycle: ReturnType<typeof cycleWith>, period: string): string | undefined => {
      try {
        assertRatingWindow({ cycle: cycle as ActiveCycle, period, path: 'period' });
        return undefined;
      } catch (error: unknown) {
        return (error as { code?: string }).code;
      }
    };

    it('a month until it closes; mid-year and year-end periods while either of those phases is open', () => {
      expect(windowsIn(cycleWith({ open: ['monitoring'] }))).toEqual(['open', 'not-open', 'not-open']);
      expect(windowsIn(cycleWith({ open: ['mid-year'] }))).toEqual(['open', 'open', 'open']);
      expect(windowsIn(cycleWith({ closed: [{ phase: 'mid-year', periods: ['mid-year', 'month-01'] }], open: ['year-end'] }))).toEqual(['closed', 'closed', 'open']);
      // Both evaluation phases over: a period they closed is closed, not "not open yet".
      const over = cycleWith({ closed: [{ phase: 'mid-year', periods: ['mid-year'] }, { phase: 'year-end', periods: ['year-end'] }], open: ['review'] });
      expect(windowsIn(over)).toEqual(['open', 'closed', 'closed']);
    });

    it('and the server refuses a rating outside it with the matching rule', () => {
      expect(refusal(cycleWith({ open: ['monitoring'] }), 'mid-year')).toBe('phase-not-open');
      expect(refusal(cycleWith({ open: ['monitoring'] }), 'month-01')).toBeUndefined();
      expect(refusal(cycleWith({ closed: [{ phase: 'mid-year', periods: ['mid-year'] }], open: ['year-end'] }), 'mid-year')).toBe('period-closed');
      expect(refusal(cycleWith({ open: ['year-end'] }), 'mid-year')).toBeUndefined();
    });
  });
});
