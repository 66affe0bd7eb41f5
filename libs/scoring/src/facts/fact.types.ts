/**
 * The facts the engine scores: the payloads of the lifecycle's events. Every fact has the id of
 * its event and the unit it is about; decimals are strings. `recordedAt` (ISO) orders facts that
 * compete for the same slot and hides facts recorded after `asOf`; where both facts have a
 * `position` (their events' place in the log), that orders them instead.
 *
 * Corrections and revocations: a fact with `supersedes: <id>` replaces that fact (a correction);
 * a {@link FactRevoked} removes the fact it names (an appeal upheld, a deduction revoked). A
 * superseded fact stays superseded even if its correction is later revoked; a revocation cannot
 * itself be revoked. The lifecycle normally passes only effective facts; the engine applies these
 * rules anyway, so a full correction chain gives the same result.
 */
export type FactBase = Readonly<{
  id: string;
  unitId: string;
  recordedAt?: string;
  /**
   * The event's global position in the log (a decimal integer), when the fact comes from one. The
   * log's order is the order the rules were decided in: it tells apart facts recorded in the same
   * millisecond, or by API processes whose clocks disagree.
   */
  position?: string;
  supersedes?: string;
}>;

/** A data provider or the unit reported an indicator's actual value for a period (报送). */
export type DataSubmitted = FactBase &
  Readonly<{
    type: 'DataSubmitted';
    indicatorId: string;
    period?: string;
    value: string;
    /** A level-3 indicator of the unit's own under `indicatorId` (see {@link UnitIndicatorsAssigned}). */
    item?: string;
  }>;

/** One level-3 indicator (三级指标) the office gave a unit: its weight among the unit's items and its target. */
export type UnitIndicatorItem = Readonly<{
  id: string;
  label?: string;
  /** Weight among the unit's items under the indicator (relative; decimal). */
  weight: string;
  target: string;
  /** 'lower': full at or under the target (accidents, complaints); default 'higher'. */
  direction?: 'higher' | 'lower';
}>;

/**
 * The office gave a unit its own level-3 indicators under a shared indicator of the scheme (a
 * `proportional` or `score` leaf): the leaf then scores Σ weight × completion ÷ Σ weight over the
 * items, each completion proportional to its target (capped at 100%), from the values submitted
 * for each item (`DataSubmitted.item`). A later assignment replaces the whole list.
 */
export type UnitIndicatorsAssigned = FactBase &
  Readonly<{ type: 'UnitIndicatorsAssigned'; indicatorId: string; items: readonly UnitIndicatorItem[] }>;

/** The office assigned or changed a unit's target for an indicator (a period, or every period). */
export type TargetSet = FactBase & Readonly<{ type: 'TargetSet'; indicatorId: string; period?: string; value: string }>;

/**
 * The targets of one assignment, period by period: the same as a {@link TargetSet} for each period,
 * with the id `<id>#<period>` ({@link targetFactIdOf}), held as one fact. A province assigns a million
 * indicators of 12 monthly targets each, and twelve facts each held their own object and id: a cycle's
 * fold kept about a third of its heap in them. Made from the log only; facts documents write TargetSet.
 */
export type TargetsSet = FactBase & Readonly<{ type: 'TargetsSet'; indicatorId: string; targets: Readonly<Record<string, string>> }>;

/** The id of the target of one period of a {@link TargetsSet} (the id an explanation cites). */
export const targetFactIdOf = (id: string, period: string): string => `${id}#${period}`;

/** A leader, committee member or peer rated a unit on an indicator: a level of a scale, or points. */
export type RatingGiven = FactBase &
  Readonly<{
    type: 'RatingGiven';
    indicatorId: string;
    period?: string;
    raterId: string;
    raterRole: string;
    /** The level id (or its zh-CN label) for a `rating` indicator. */
    grade?: string;
    /** The points for a `points` indicator. */
    points?: string;
  }>;

/** The survey office recorded a survey: counts per level (of the indicator's scale), or a rate in %. */
export type SurveyRecorded = FactBase &
  Readonly<{
    type: 'SurveyRecorded';
    indicatorId: string;
    period?: string;
    counts?: Readonly<Record<string, string>>;
    rate?: string;
    sampleSize?: string;
  }>;

/**
 * A deduction was approved: under a category rule (`ruleId`, counted per item or per person), or
 * as a finding against a deduction-based indicator (`indicatorId`). `amount` is the approved points
 * when the rule has none; `count` incidents or `persons` multiply the rule's points.
 */
export type DeductionApproved = FactBase &
  Readonly<{
    type: 'DeductionApproved';
    ruleId?: string;
    indicatorId?: string;
    source?: string;
    amount?: string;
    count?: string;
    persons?: string;
    period?: string;
  }>;

/** A bonus was approved (an award of a level, an innovation), `count` times or for `amount` points. */
export type BonusApproved = FactBase &
  Readonly<{ type: 'BonusApproved'; ruleId: string; source?: string; amount?: string; count?: string }>;

/** A veto incident was confirmed (一票否决, 取消评先资格). */
export type VetoConfirmed = FactBase & Readonly<{ type: 'VetoConfirmed'; vetoId: string; note?: string }>;

/** A period's results for a unit were signed off (needed when the period says `signOff`). */
export type PeriodSignedOff = FactBase & Readonly<{ type: 'PeriodSignedOff'; period: string; signerId: string }>;

/** An earlier fact no longer counts (revoked after appeal, withdrawn). */
export type FactRevoked = FactBase & Readonly<{ type: 'FactRevoked'; revokes: string; reason?: string }>;

export type Fact =
  | DataSubmitted
  | TargetSet
  | TargetsSet
  | UnitIndicatorsAssigned
  | RatingGiven
  | SurveyRecorded
  | DeductionApproved
  | BonusApproved
  | VetoConfirmed
  | PeriodSignedOff
  | FactRevoked;
export type FactType = Fact['type'];
/** The fact types a facts document may hold. */
export type DocumentFactType = Exclude<FactType, 'TargetsSet'>;

export const FACT_TYPES: readonly DocumentFactType[] = [
  'DataSubmitted',
  'TargetSet',
  'UnitIndicatorsAssigned',
  'RatingGiven',
  'SurveyRecorded',
  'DeductionApproved',
  'BonusApproved',
  'VetoConfirmed',
  'PeriodSignedOff',
  'FactRevoked',
];
