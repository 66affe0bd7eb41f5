import { appealsConcerningResults, phaseDatesOf, type ActiveCycle, type CycleView } from '@kaoping/evaluation';
import { PHASE_IDS, type PhaseId, type ResolvedCalendar } from '@kaoping/scoring';
import { phaseJobId, phaseJobSlot, type PhaseJob } from '../jobs/phase-jobs.catalog';

/** A job the plan wants: its slot (what it is about), its id (slot and date) and when it is due. */
export type PlannedJob = PhaseJob & Readonly<{ slot: string; jobId: string; runAt: Date }>;

const DAY_MS = 86_400_000;
const SECOND_MS = 1000;

/** 00:00 UTC of a yyyy-mm-dd day, plus days. */
const dayStart = (day: string, plusDays = 0): Date => new Date(Date.parse(`${day}T00:00:00.000Z`) + plusDays * DAY_MS);
const at = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * SECOND_MS);
const isDay = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * When on its day each kind of job runs (UTC), so that jobs due the same day run in the order
 * the rules need even when several workers take them at once: deadlines pass and provisional
 * results are computed while the phase is still open (+0 s); then phases close (+10 s, in
 * phase order); then phases open (+30 s, in phase order: results before rectification, which
 * may not open first); then snapshots of what closed (+60 s).
 */
export const SLOTS_OF_THE_DAY = { pass: 0, close: 10, open: 30, snapshot: 60 } as const;

const SNAPSHOT_PHASES: readonly PhaseId[] = ['mid-year', 'year-end'];

const planned = (job: PhaseJob, runAt: Date, idSuffix?: string): PlannedJob => {
  const slot = phaseJobSlot(job);
  return { ...job, slot, runAt, jobId: idSuffix === undefined ? phaseJobId(slot, runAt) : `${slot}@${idSuffix}` };
};

const phaseJobs = (cycle: ActiveCycle): PlannedJob[] =>
  PHASE_IDS.flatMap((phase, index) => {
    const { start, end } = phaseDatesOf(cycle, phase);
    const state = cycle.phases[phase];
    const jobs: PlannedJob[] = [];
    const payload = { cycleId: cycle.cycleId, phase };
    if (state.status === 'pending' && start !== undefined) {
      jobs.push(planned({ name: 'phase.open', payload }, at(dayStart(start), SLOTS_OF_THE_DAY.open + index)));
    }
    if (state.status !== 'closed' && end !== undefined) {
      jobs.push(planned({ name: 'phase.close', payload }, at(dayStart(end, 1), SLOTS_OF_THE_DAY.close + index)));
    }
    return jobs;
  });

/**
 * A deadline's reminders and its passing. After downtime (a catch-up) the reminders whose day is
 * behind us collapse into the latest of them, due at once; once the deadline itself has passed
 * none is planned: the overdue notice covers it, and a reminder never follows the overdue fact.
 */
const deadlineJobs = (cycle: ActiveCycle, calendar: ResolvedCalendar, now: Date): PlannedJob[] =>
  calendar.deadlines.flatMap((deadline) => {
    if (deadline.due === '' || cycle.deadlinesPassed.has(deadline.id)) return [];
    const cycleId = cycle.cycleId;
    const passAt = at(dayStart(deadline.due, 1), SLOTS_OF_THE_DAY.pass);
    const pass = planned({ name: 'deadline.pass', payload: { cycleId, deadlineId: deadline.id } }, passAt);
    if (now >= passAt) return [pass];
    const open = deadline.reminders.filter((remindOn) => !cycle.remindersIssued.has(`${deadline.id}@${remindOn}`) && dayStart(remindOn) < passAt);
    const latestPast = open.filter((remindOn) => dayStart(remindOn) <= now).sort().at(-1);
    const reminders = open
      .filter((remindOn) => dayStart(remindOn) > now || remindOn === latestPast)
      .map((remindOn) => planned({ name: 'deadline.remind', payload: { cycleId, deadlineId: deadline.id, remindOn } }, dayStart(remindOn)));
    return [...reminders, pass];
  });

const resultJobs = (view: PlanningView, cycle: ActiveCycle, now: Date): PlannedJob[] => {
  const cycleId = cycle.cycleId;
  const categories = [...cycle.scheme.index.categories.keys()];
  const jobs: PlannedJob[] = [];
  for (const phase of SNAPSHOT_PHASES) {
    const state = cycle.phases[phase];
    const end = phaseDatesOf(cycle, phase).end;
    const closedAt = state.status === 'closed' ? new Date(state.closedAt) : end === undefined ? undefined : dayStart(end, 1);
    if (closedAt === undefined) continue;
    for (const categoryId of categories) {
      if (view.results.get(categoryId)?.snapshots.has(phase)) continue;
      jobs.push(planned({ name: 'snapshot.take', payload: { cycleId, phase, categoryId } }, at(closedAt, SLOTS_OF_THE_DAY.snapshot)));
    }
  }
  const reviewEnd = phaseDatesOf(cycle, 'review').end;
  if (reviewEnd !== undefined && cycle.phases.review.status !== 'closed') {
    for (const categoryId of categories) {
      if ((view.results.get(categoryId)?.status ?? 'none') !== 'none') continue;
      jobs.push(planned({ name: 'results.provisional', payload: { cycleId, categoryId } }, at(dayStart(reviewEnd, 1), SLOTS_OF_THE_DAY.pass)));
    }
  }
  for (const [categoryId, results] of view.results) {
    if (results.status !== 'published') continue;
    const noticeEnds = isDay(results.noticeEndsAt) ? dayStart(results.noticeEndsAt, 1) : new Date(results.noticeEndsAt);
    jobs.push(finaliseJob({ view, cycleId, categoryId, units: results.published.units, noticeEnds, now }));
  }
  return jobs;
};

/**
 * Finalisation after the notice period; once the notice is over and the last appeal of the
 * category held it back, again as soon as that appeal is decided (its id names the decision,
 * as a follow-up's does), not at the next check.
 */
const finaliseJob = (
  input: Readonly<{ view: PlanningView; cycleId: string; categoryId: string; units: Parameters<typeof appealsConcerningResults>[0]['units']; noticeEnds: Date; now: Date }>,
): PlannedJob => {
  const { view, cycleId, categoryId, units, noticeEnds, now } = input;
  const job = { name: 'results.finalise', payload: { cycleId, categoryId } } as const;
  const filed = [...view.appeals.values()].flatMap((appeal) => (appeal.status === 'none' ? [] : [appeal]));
  const concerning = appealsConcerningResults({ categoryId, units, appeals: filed });
  const last = concerning.at(-1);
  if (noticeEnds > now || last?.status !== 'decided' || concerning.some((appeal) => appeal.status === 'filed')) return planned(job, noticeEnds);
  // Appeals are kept in filing order: a new one filed and decided names a new decision here.
  return planned(job, now, `appeals-decided:${last.decidedEventId}`);
};

const followUpJobs = (view: PlanningView, cycle: ActiveCycle, now: Date): PlannedJob[] => {
  const cycleId = cycle.cycleId;
  const jobs: PlannedJob[] = [];
  for (const order of view.rectifications.values()) {
    if ((order.status !== 'ordered' && order.status !== 'planned') || order.overdue) continue;
    const due = isDay(order.dueAt) ? dayStart(order.dueAt, 1) : at(new Date(order.dueAt), 1);
    jobs.push(planned({ name: 'rectification.deadline', payload: { cycleId, orderId: order.orderId } }, due));
  }
  for (const appeal of view.appeals.values()) {
    if (appeal.status !== 'decided') continue;
    const pending = appeal.revokes.some((revocation) => view.proposals.get(revocation.proposalId)?.status !== 'revoked');
    // Due now: the id names the decision, not a date.
    if (pending) jobs.push(planned({ name: 'appeal.followup', payload: { cycleId, appealId: appeal.appealId } }, now, appeal.decidedEventId));
  }
  return jobs;
};

/**
 * The jobs a cycle needs from now on, derived from its events alone (pure): each phase's open and
 * close on its dates (as moved by hand), each deadline's reminders (never after it passed) and passing, the snapshots
 * of mid-year and year-end, provisional results at the end of review, finalisation after the
 * notice period, rectification deadlines and the follow-up of decided appeals. What is done
 * already (a phase closed, a reminder issued, a snapshot taken) is not planned again.
 * Ids are deterministic: the same log yields the same ids.
 */
/**
 * What planning a cycle's jobs reads of its fold: everything but its units (whose streams, the values
 * of the year, are most of its log); the job handlers check a job against a plan folded without them.
 */
export type PlanningView = Omit<CycleView, 'units'>;

export const planCycleJobs = (view: PlanningView, calendar: ResolvedCalendar | undefined, now: Date): readonly PlannedJob[] => {
  const cycle = view.cycle;
  if (cycle.status !== 'active' || calendar === undefined) return [];
  return [...phaseJobs(cycle), ...deadlineJobs(cycle, calendar, now), ...resultJobs(view, cycle, now), ...followUpJobs(view, cycle, now)];
};
