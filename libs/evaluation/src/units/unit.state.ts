import type { ValueFact } from '../scoring-facts/fact-mapping';
import type { UnitLevel } from './unit.events';

/** An indicator assigned to the unit: its provider and targets per period ('' key: every period). */
export type Assignment = Readonly<{ indicatorId: string; providerId?: string; targets: Readonly<Record<string, string>>; eventId: string }>;

/**
 * A value recorded for (indicator, period): a submission or a correction, as the scoring fact of
 * its event (`id`: the event's id); a cycle's fold shares the object with the unit's facts.
 */
export type Submission = ValueFact;

/** The unit's evaluation plan. */
export type PlanState =
  | Readonly<{ status: 'none' }>
  | Readonly<{ status: 'submitted'; planId: string }>
  | Readonly<{ status: 'approved'; planId: string }>
  | Readonly<{ status: 'returned'; planId: string }>;

/** Who the unit is. */
export type UnitProfile = Readonly<{ unitId: string; name: string; level: UnitLevel; categoryId?: string; parentUnitId?: string }>;

/** What a registered (or retired) unit's stream holds. */
export type UnitRecord = Readonly<{
  unit: UnitProfile;
  assignments: ReadonlyMap<string, Assignment>;
  /** indicatorId → the ids of the unit's own level-3 indicators under it (UnitIndicatorsAssigned). */
  unitIndicators?: ReadonlyMap<string, readonly string[]>;
  /** Every submission and correction by event id. */
  submissions: ReadonlyMap<string, Submission>;
  /** `<indicatorId>@<period>` → the event id of the value that counts now. */
  currentValues: ReadonlyMap<string, string>;
  /** `<indicatorId>@<period>@<raterId>` → the event id of the rating that counts now. */
  ratings: ReadonlyMap<string, string>;
  /** `<indicatorId>@<period>` → the event id of the survey that counts now. */
  surveys: ReadonlyMap<string, string>;
  /** period → event id of the latest self-assessment. */
  selfAssessments: ReadonlyMap<string, string>;
  signedOff: ReadonlySet<string>;
  plan: PlanState;
}>;

/** The unit stream before the unit is registered. */
export type UnregisteredUnit = Readonly<{ status: 'unregistered' }>;
/** A unit evaluated this cycle. */
export type RegisteredUnit = UnitRecord & Readonly<{ status: 'registered' }>;
/** A unit retired from the cycle: kept for the record, accepts nothing. */
export type RetiredUnit = UnitRecord & Readonly<{ status: 'retired' }>;

/** The folded `unit-<cycleId>-<unitId>` stream. */
export type UnitState = UnregisteredUnit | RegisteredUnit | RetiredUnit;
