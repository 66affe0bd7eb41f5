import type { PhaseId } from '@kaoping/scoring';

/** The queue every phase job runs on (one queue per catalog). */
export const PHASE_QUEUE = 'kaoping-phases';

/**
 * The phase schedule's jobs and their payloads: the one exhaustive record of job names.
 * Every payload names its cycle; the job id (see {@link phaseJobId}) names its date.
 */
export type PhaseJobs = {
  /** Open a phase on its start date (OpenPhase, trigger 'schedule'). */
  'phase.open': { cycleId: string; phase: PhaseId };
  /** Close a phase the day after its end date (ClosePhase, trigger 'schedule'). */
  'phase.close': { cycleId: string; phase: PhaseId };
  /** Remind the units with items missing before a deadline (IssueReminder). */
  'deadline.remind': { cycleId: string; deadlineId: string; remindOn: string };
  /** The day after a deadline: one overdue fact per missing item (RecordDeadlinePassed). */
  'deadline.pass': { cycleId: string; deadlineId: string };
  /** After mid-year / year-end closed: freeze a category's scores (TakeSnapshot). */
  'snapshot.take': { cycleId: string; phase: PhaseId; categoryId: string };
  /** At the end of review: a category's provisional results (ComputeResults). */
  'results.provisional': { cycleId: string; categoryId: string };
  /**
   * After the notice period: finalise once every appeal of the category is decided, else check
   * again an hour later; planned again as soon as the category's last appeal is decided.
   */
  'results.finalise': { cycleId: string; categoryId: string };
  /** A rectification order's deadline passed without a completion report (MarkRectificationOverdue). */
  'rectification.deadline': { cycleId: string; orderId: string };
  /** Carry out a decided appeal's intentions (revocations) as the system. */
  'appeal.followup': { cycleId: string; appealId: string };
};
export type PhaseJobName = keyof PhaseJobs & string;

/** Where each job runs and what it does: the routing record (the compiler rejects a missing name). */
export const PHASE_JOB_ROUTES: Readonly<Record<PhaseJobName, Readonly<{ queue: typeof PHASE_QUEUE; does: string }>>> = {
  'phase.open': { queue: PHASE_QUEUE, does: 'OpenPhase (schedule) on the start date' },
  'phase.close': { queue: PHASE_QUEUE, does: 'ClosePhase (schedule) the day after the end date' },
  'deadline.remind': { queue: PHASE_QUEUE, does: 'IssueReminder to the units with missing items' },
  'deadline.pass': { queue: PHASE_QUEUE, does: 'RecordDeadlinePassed with every missing item' },
  'snapshot.take': { queue: PHASE_QUEUE, does: 'TakeSnapshot of a category after mid-year / year-end' },
  'results.provisional': { queue: PHASE_QUEUE, does: 'ComputeResults of a category at the end of review' },
  'results.finalise': { queue: PHASE_QUEUE, does: 'FinaliseResults after the notice period once the category’s appeals are decided' },
  'rectification.deadline': { queue: PHASE_QUEUE, does: 'MarkRectificationOverdue and an escalation notice' },
  'appeal.followup': { queue: PHASE_QUEUE, does: "the appeal workflow's revocations" },
};

/** A job of the catalog: its name with the matching payload (a discriminated union). */
export type PhaseJob = { [K in PhaseJobName]: Readonly<{ name: K; payload: PhaseJobs[K] }> }[PhaseJobName];

/** What a job is about, without its date: two jobs of one slot never both stand. */
export const phaseJobSlot = (job: PhaseJob): string => {
  const cycle = `cycle:${job.payload.cycleId}`;
  switch (job.name) {
    case 'phase.open':
      return `${cycle}:phase:${job.payload.phase}:open`;
    case 'phase.close':
      return `${cycle}:phase:${job.payload.phase}:close`;
    case 'deadline.remind':
      return `${cycle}:deadline:${job.payload.deadlineId}:remind:${job.payload.remindOn}`;
    case 'deadline.pass':
      return `${cycle}:deadline:${job.payload.deadlineId}:pass`;
    case 'snapshot.take':
      return `${cycle}:snapshot:${job.payload.phase}:${job.payload.categoryId}`;
    case 'results.provisional':
      return `${cycle}:results:${job.payload.categoryId}:provisional`;
    case 'results.finalise':
      return `${cycle}:results:${job.payload.categoryId}:finalise`;
    case 'rectification.deadline':
      return `${cycle}:rectification:${job.payload.orderId}:overdue`;
    case 'appeal.followup':
      return `${cycle}:appeal:${job.payload.appealId}:followup`;
    default: {
      const unknown: never = job;
      throw new Error(`unknown phase job ${JSON.stringify(unknown)}`);
    }
  }
};

/**
 * The job id: its slot and the time it is due, `cycle:c2026:phase:mid-year:close@2026-08-01T00:00:10.000Z`.
 * The same plan yields the same ids (enqueueing again adds nothing); a moved date yields a new
 * id in the same slot, which the reconciler swaps for the old one.
 */
export const phaseJobId = (slot: string, runAt: Date): string => `${slot}@${runAt.toISOString()}`;

/** The slot of a job id. */
export const slotOfJobId = (jobId: string): string => jobId.slice(0, jobId.lastIndexOf('@'));
