import type { PhaseId, ValidScheme, WorkingDayAmendment } from '@kaoping/scoring';
import type { RaterUnits } from './cycle.events';
import type { SchemeIndex } from './scheme-index';

/** Where a phase stands. Phases may overlap (rectification starts with results). */
export type PhaseState =
  | Readonly<{ status: 'pending' }>
  | Readonly<{ status: 'open'; openedAt: string }>
  | Readonly<{ status: 'closed'; openedAt?: string; closedAt: string; periodsClosed: readonly string[] }>;

/** A phase's dates as moved by hand (the scheme's calendar otherwise). */
export type PhaseDates = Readonly<{ start?: string; end?: string }>;

/** A published scheme version, with what the deciders need to validate against it. */
export type PublishedScheme = Readonly<{
  version: number;
  /** The document as published (JSON). */
  document: unknown;
  /** The scheme ready to score with, or undefined if it no longer validates (an older library). */
  valid: ValidScheme | undefined;
  index: SchemeIndex;
}>;

/** A rater's assignment: the scheme rater role and the units (and optionally indicators) they rate. */
export type RaterAssignment = Readonly<{ raterId: string; raterRole: string; units: RaterUnits; indicators?: readonly string[] }>;

/** The cycle before it is created. */
export type NoCycle = Readonly<{ status: 'none' }>;
/** The cycle created, its scheme not yet published. */
export type CreatedCycle = Readonly<{ status: 'created'; cycleId: string; year: number; name: string; predecessorCycleId?: string }>;
/** The cycle with a published scheme: phases run. */
export type ActiveCycle = Readonly<{
  status: 'active';
  cycleId: string;
  year: number;
  name: string;
  /** The cycle before it (CycleCreated), whose results this one is compared with. */
  predecessorCycleId?: string;
  scheme: PublishedScheme;
  phases: Readonly<Record<PhaseId, PhaseState>>;
  phaseDates: Readonly<Partial<Record<PhaseId, PhaseDates>>>;
  closedPeriods: ReadonlySet<string>;
  raters: readonly RaterAssignment[];
  deadlinesPassed: ReadonlySet<string>;
  /** `<deadlineId>@<remindOn>` of the reminders issued. */
  remindersIssued: ReadonlySet<string>;
  /** The office's amendments to the shipped working-day calendar (CalendarAmended), the latest per date. */
  workingDays: WorkingDayAmendment;
}>;

/** The folded `cycle-<cycleId>` stream: the context every other decider receives. */
export type CycleState = NoCycle | CreatedCycle | ActiveCycle;
