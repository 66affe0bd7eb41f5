import type { EventStore } from '@kaoping/eventstore';
import {
  SYSTEM_ACTOR,
  appealStreamId,
  appealWorkflow,
  appealsConcerningResults,
  type CycleView,
  type EvaluationCommand,
  type Intention,
  type AppealDecided,
  type Recorded,
} from '@kaoping/evaluation';
import type { Clock, JobHandlers, JobQueue, JobRun } from '@kaoping/jobs';
import { handleEvaluationCommand, recordedEvaluationEvent, scoreCategoryFromLog } from '@kaoping/cycle-log';
import type { PhaseJobName, PhaseJobs } from '../jobs/phase-jobs.catalog';
import { calendarOfView, loadCycleView, loadPlanningView } from '../planning/cycle-log';
import { missingItems, overdueOf, owersOfItems, recipientsOf } from '../planning/missing-items';
import { planCycleJobs } from '../planning/plan-cycle-jobs';
import type { NotificationOutbox } from '../notifications/notification-outbox';

/** What the phase jobs need: the log, the clock, the queue (for a finalisation check), the outbox. */
export type PhaseJobDeps = Readonly<{
  store: EventStore;
  clock: Clock;
  queue: Pick<JobQueue<PhaseJobs>, 'enqueue'>;
  outbox: Pick<NotificationOutbox, 'add'>;
  /**
   * How long to wait before checking again for undecided appeals of the category; default one
   * hour. The plan also finalises as soon as the last of them is decided: this is the fallback.
   */
  finaliseCheckMs?: number;
  log?: (line: string) => void;
}>;

type Run<K extends PhaseJobName> = JobRun<PhaseJobs[K], K>;
/** A job's decision on the cycle as it is: commands to send as the system, or nothing (why). */
type Decision = readonly Intention[];

const ignore = (reason: string): Decision => [{ kind: 'ignore', reason }];

/** The command id of a job's n-th command: a job run twice sends the same ids, so it appends nothing twice. */
const metaOf = (job: JobRun<PhaseJobs[PhaseJobName], PhaseJobName>, now: Date, n = 0) => ({
  commandId: `job:${job.jobId}${n === 0 ? '' : `#${n}`}`,
  actor: SYSTEM_ACTOR,
  now: now.toISOString(),
  reason: `scheduled job ${job.name}`,
});

const command = (cmd: EvaluationCommand): Intention => ({ kind: 'command', command: cmd });

/** Whether the job is still part of the cycle's plan: a moved, done or dropped job is stale and does nothing. */
const stillPlanned = (view: CycleView, job: JobRun<PhaseJobs[PhaseJobName], PhaseJobName>, now: Date): boolean =>
  planCycleJobs(view, calendarOfView(view), now).some((planned) => planned.jobId === job.jobId);

/**
 * The handlers of the phase jobs: each loads the cycle, decides what to do as intentions (pure
 * but for scoring from the log), and carries them out through the lifecycle's command path as
 * the system, with command ids derived from the job id.
 */
export const phaseJobHandlers = (deps: PhaseJobDeps): JobHandlers<PhaseJobs> => {
  const { store, clock } = deps;
  const log = deps.log ?? (() => undefined);

  const carryOut = async (job: JobRun<PhaseJobs[PhaseJobName], PhaseJobName>, decision: Decision): Promise<void> => {
    for (const intention of decision) {
      if (intention.kind === 'ignore') {
        log(`${job.jobId}: ${intention.reason}`);
        continue;
      }
      await handleEvaluationCommand({ store, command: intention.command, causationId: job.jobId, request: { jobId: job.jobId, payload: job.payload } });
    }
  };

  /** Loads the cycle, checks the job still stands, decides, carries out. */
  // A job still in the cycle's plan is carried out; the plan is read from the cycle without its
  // units' streams (most of its log), which only the deadline jobs read, for what is missing.
  const planned =
    <K extends PhaseJobName>(decide: (view: CycleView, job: Run<K>, now: Date) => Promise<Decision> | Decision, reads: 'plan' | 'units' = 'plan') =>
    async (job: Run<K>): Promise<void> => {
      const now = clock.now();
      const view = await (reads === 'units' ? loadCycleView : loadPlanningView)(store, job.payload.cycleId);
      if (!stillPlanned(view, job, now)) return carryOut(job, ignore('no longer planned (done, moved or dropped)'));
      return carryOut(job, await decide(view, job, now));
    };

  const deadlineOf = (view: CycleView, deadlineId: string) => calendarOfView(view)?.deadlines.find((d) => d.id === deadlineId);

  return {
    'phase.open': planned((_view, job, now) => [
      command({ type: 'OpenPhase', data: { ...job.payload, trigger: 'schedule' }, meta: metaOf(job, now) }),
    ]),
    'phase.close': planned((_view, job, now) => [
      command({ type: 'ClosePhase', data: { ...job.payload, trigger: 'schedule' }, meta: metaOf(job, now) }),
    ]),
    'deadline.remind': planned((view, job, now) => {
      const deadline = deadlineOf(view, job.payload.deadlineId);
      if (view.cycle.status !== 'active' || deadline === undefined) return ignore('the deadline is gone from the calendar');
      const items = missingItems(view, view.cycle, deadline);
      if (items.length === 0) return ignore('nothing is missing: no reminder');
      return [command({ type: 'IssueReminder', data: { ...job.payload, recipients: recipientsOf(items) }, meta: metaOf(job, now) })];
    }, 'units'),
    'deadline.pass': planned((view, job, now) => {
      const deadline = deadlineOf(view, job.payload.deadlineId);
      if (view.cycle.status !== 'active' || deadline === undefined) return ignore('the deadline is gone from the calendar');
      const items = missingItems(view, view.cycle, deadline);
      return [command({ type: 'RecordDeadlinePassed', data: { ...job.payload, overdue: overdueOf(items), recipients: owersOfItems(items) }, meta: metaOf(job, now) })];
    }, 'units'),
    'snapshot.take': planned(async (view, job, now) => {
      const phase = view.cycle.status === 'active' ? view.cycle.phases[job.payload.phase] : undefined;
      // Scheduled after the close; a close that has not happened yet (its job retried) is waited for.
      if (phase?.status !== 'closed') throw new Error(`phase ${job.payload.phase} of ${job.payload.cycleId} has not closed yet`);
      const { cycleId, categoryId } = job.payload;
      const asOf = now.toISOString();
      const scored = await scoreCategoryFromLog({ store, cycleId, categoryId, asOf });
      return [command({ type: 'TakeSnapshot', data: { ...job.payload, asOf, ...scored }, meta: metaOf(job, now) })];
    }),
    'results.provisional': planned(async (_view, job, now) => {
      const asOf = now.toISOString();
      const scored = await scoreCategoryFromLog({ store, ...job.payload, asOf });
      return [command({ type: 'ComputeResults', data: { ...job.payload, asOf, ...scored }, meta: metaOf(job, now) })];
    }),
    'results.finalise': async (job) => {
      const now = clock.now();
      const view = await loadCycleView(store, job.payload.cycleId);
      const results = view.results.get(job.payload.categoryId);
      if (results?.status !== 'published') return carryOut(job, ignore(`results are ${results?.status ?? 'none'}, not published`));
      if (results.recomputed !== undefined) return carryOut(job, ignore('recomputed after an appeal: finalised after they are published again'));
      const filed = [...view.appeals.values()].flatMap((appeal) => (appeal.status === 'filed' ? [appeal] : []));
      const open = appealsConcerningResults({ categoryId: job.payload.categoryId, units: results.published.units, appeals: filed });
      if (open.length > 0) {
        // Check again later, with an id derived from this job's time (a job run twice schedules one check).
        const next = new Date(job.scheduledFor.getTime() + (deps.finaliseCheckMs ?? 3_600_000));
        const slot = job.jobId.slice(0, job.jobId.indexOf('@'));
        await deps.queue.enqueue({ name: 'results.finalise', jobId: `${slot}@check:${next.toISOString()}`, payload: job.payload, runAt: next });
        return carryOut(job, ignore(`appeals not yet decided: ${open.map((a) => a.appealId).join(', ')}; checking again at ${next.toISOString()}`));
      }
      return carryOut(job, [command({ type: 'FinaliseResults', data: job.payload, meta: metaOf(job, now) })]);
    },
    'rectification.deadline': planned((_view, job, now) => [
      command({ type: 'MarkRectificationOverdue', data: job.payload, meta: metaOf(job, now) }),
    ]),
    'appeal.followup': planned(async (_view, job) => {
      const stream = await store.readStream(appealStreamId(job.payload.cycleId, job.payload.appealId));
      const decided = stream
        .map(recordedEvaluationEvent)
        .find((event): event is Recorded<AppealDecided> => event !== null && event.type === 'AppealDecided');
      if (decided === undefined) return ignore('the appeal is not decided');
      return appealWorkflow.decide(decided);
    }),
  };
};
