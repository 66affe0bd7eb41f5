import type { MethodKind } from '../scheme/scheme.model';
import { type ScoringWarning, byRecordedOrder, recordedAfter } from './effective-facts';
import {
  type BonusApproved,
  type DataSubmitted,
  type DeductionApproved,
  type Fact,
  type RatingGiven,
  type SurveyRecorded,
  type TargetSet,
  type TargetsSet,
  type UnitIndicatorsAssigned,
  type VetoConfirmed,
  targetFactIdOf,
} from './fact.types';

/** One unit's effective facts, indexed by the slot each fills; a later fact replaces an earlier one in its slot. */
export type UnitFacts = {
  readonly data: Map<string, DataSubmitted>;
  readonly targets: Map<string, TargetSet>;
  /** The unit's own level-3 indicators, by the scheme indicator they sit under. */
  readonly items: Map<string, UnitIndicatorsAssigned>;
  readonly ratings: Map<string, Map<string, RatingGiven>>;
  readonly surveys: Map<string, SurveyRecorded>;
  readonly findings: Map<string, DeductionApproved[]>;
  readonly deductions: DeductionApproved[];
  readonly bonuses: BonusApproved[];
  readonly vetoes: VetoConfirmed[];
  readonly signedOff: Set<string>;
};

export const slotKey = (indicatorId: string, period: string): string => `${indicatorId}\u0000${period}`;
/** The slot of a value for one of the unit's own level-3 indicators (under `indicatorId`). */
export const itemSlotKey = (indicatorId: string, item: string, period: string): string => `${indicatorId}\u0001${item}\u0000${period}`;
export const ANY_PERIOD = '*';

/** A unit with no facts yet. */
export const emptyUnitFacts = (): UnitFacts => ({
  data: new Map(),
  targets: new Map(),
  items: new Map(),
  ratings: new Map(),
  surveys: new Map(),
  findings: new Map(),
  deductions: [],
  bonuses: [],
  vetoes: [],
  signedOff: new Set(),
});

export type IndexContext = Readonly<{
  /** Method of each indicator id of the category. */
  methods: ReadonlyMap<string, MethodKind>;
  periods: ReadonlySet<string>;
  defaultPeriod: string;
  warn: (warning: ScoringWarning) => void;
  /**
   * The slot keys the plan's leaves look up, by indicator id and period (or {@link ANY_PERIOD}): a
   * fact filed under the very string a leaf reads is found by identity, and no key is written per fact.
   */
  slots?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}>;

/** The key of an indicator's slot in a period: the plan's own string when it has one. */
const slotOf = (context: IndexContext, indicatorId: string, period: string): string =>
  context.slots?.get(indicatorId)?.get(period) ?? slotKey(indicatorId, period);

// The methods each kind of fact can feed, handed to fitsIndicator by the case that files the fact.
const DATA_METHODS: readonly MethodKind[] = ['proportional', 'score'];
const TARGET_METHODS: readonly MethodKind[] = ['proportional'];
const RATING_METHODS: readonly MethodKind[] = ['rating', 'points'];
const SURVEY_METHODS: readonly MethodKind[] = ['survey'];
const FINDING_METHODS: readonly MethodKind[] = ['deduction'];

/** Puts a fact in its slot unless a later-recorded fact holds it; the loser is reported. */
const replaceIn = <T extends Fact>(input: Readonly<{ slots: Map<string, T>; key: string; fact: T; context: IndexContext }>): void => {
  const held = input.slots.get(input.key);
  if (held?.id === input.fact.id) return; // the same fact twice
  const later = held === undefined || byRecordedOrder(held, input.fact) < 0;
  const winner = later ? input.fact : held;
  const loser = later ? held : input.fact;
  if (loser !== undefined) {
    input.context.warn({
      code: 'overridden',
      factId: loser.id,
      unitId: loser.unitId,
      message: {
        'zh-CN': `${loser.id} 被同一项目较晚记录的 ${winner.id} 取代`,
        en: `${loser.id} is replaced by ${winner.id}, recorded later for the same item`,
      },
    });
  }
  input.slots.set(input.key, winner);
};

/** Indexes effective facts per unit, in any order, warning about the ones that fit nowhere. */
export const indexUnitFacts = (facts: readonly Fact[], context: IndexContext): ReadonlyMap<string, UnitFacts> => {
  const units = new Map<string, UnitFacts>();
  for (const fact of facts) {
    let unit = units.get(fact.unitId);
    if (unit === undefined) {
      unit = emptyUnitFacts();
      units.set(fact.unitId, unit);
    }
    indexFact(unit, fact, context);
  }
  for (const [unitId, period] of signedOffBeforeLaterInput(facts, context)) units.get(unitId)?.signedOff.delete(period);
  // Lists keep recorded order whatever the input order was.
  for (const unit of units.values()) {
    unit.deductions.sort(byRecordedOrder);
    unit.bonuses.sort(byRecordedOrder);
    unit.vetoes.sort(byRecordedOrder);
    for (const findings of unit.findings.values()) findings.sort(byRecordedOrder);
  }
  return units;
};

const SIGNED_INPUTS: ReadonlySet<Fact['type']> = new Set(['DataSubmitted', 'RatingGiven', 'SurveyRecorded']);

/**
 * 怀来: a month counts once the group leader signs it off, and what he signed is what counts: a
 * value, rating or survey of the period recorded after its last sign-off waits for a new one (the
 * period is awaiting sign-off again). "After" is the log's order where the facts carry their
 * positions (the unit decider folds the same order), else their recorded times; facts that
 * cannot be ordered against the sign-off never undo it. Yields [unitId, period] of every sign-off undone.
 */
const signedOffBeforeLaterInput = (facts: readonly Fact[], context: IndexContext): readonly (readonly [string, string])[] => {
  const periodKey = (fact: Fact): string => `${fact.unitId}\u0000${'period' in fact && typeof fact.period === 'string' ? fact.period : context.defaultPeriod}`;
  const lastSignOff = new Map<string, Fact>();
  for (const fact of facts) {
    if (fact.type !== 'PeriodSignedOff') continue;
    const key = periodKey(fact);
    const held = lastSignOff.get(key);
    if (held === undefined || recordedAfter(fact, held) === true) lastSignOff.set(key, fact);
  }
  if (lastSignOff.size === 0) return [];
  const undone = new Set<string>();
  for (const fact of facts) {
    if (!SIGNED_INPUTS.has(fact.type)) continue;
    const key = periodKey(fact);
    const signOff = lastSignOff.get(key);
    if (signOff !== undefined && !undone.has(key) && recordedAfter(fact, signOff) === true) undone.add(key);
  }
  return [...undone].map((key) => {
    const [unitId = '', period = ''] = key.split('\u0000');
    return [unitId, period] as const;
  });
};

const periodOf = (fact: Fact & { period?: string }, context: IndexContext): string | undefined => {
  const period = fact.period ?? context.defaultPeriod;
  if (context.periods.has(period)) return period;
  context.warn({
    code: 'unknown-period',
    factId: fact.id,
    unitId: fact.unitId,
    message: { 'zh-CN': `考评期“${period}”不在方案中，已忽略`, en: `period "${period}" is not in the scheme; ignored` },
  });
  return undefined;
};

const fitsIndicator = (fact: Fact & { indicatorId: string }, context: IndexContext, accepts: readonly MethodKind[]): boolean => {
  const method = context.methods.get(fact.indicatorId);
  if (method === undefined) {
    context.warn({
      code: 'unknown-indicator',
      factId: fact.id,
      unitId: fact.unitId,
      message: {
        'zh-CN': `指标“${fact.indicatorId}”不在本类别的方案中，已忽略`,
        en: `indicator "${fact.indicatorId}" is not in this category's scheme; ignored`,
      },
    });
    return false;
  }
  if (accepts.includes(method)) return true;
  context.warn({
    code: 'wrong-method',
    factId: fact.id,
    unitId: fact.unitId,
    message: {
      'zh-CN': `${fact.type} 不适用于按“${method}”计分的指标“${fact.indicatorId}”，已忽略`,
      en: `${fact.type} does not fit indicator "${fact.indicatorId}" scored by "${method}"; ignored`,
    },
  });
  return false;
};

/** A target in its slot (a period's, or {@link ANY_PERIOD}), where a later one replaces it. */
const fileTarget = (unit: UnitFacts, target: TargetSet, period: string, context: IndexContext): void =>
  replaceIn({ slots: unit.targets, key: slotOf(context, target.indicatorId, period), fact: target, context });

/** One period of an assignment's targets, filed as the TargetSet it stands for (its id `<id>#<period>`). */
const indexTargetOfPeriod = (unit: UnitFacts, fact: TargetsSet, period: string, value: string, context: IndexContext): void => {
  const { unitId, recordedAt, position, indicatorId } = fact;
  const id = targetFactIdOf(fact.id, period);
  const target: TargetSet =
    position === undefined ? { unitId, recordedAt, id, type: 'TargetSet', indicatorId, period, value } : { unitId, recordedAt, position, id, type: 'TargetSet', indicatorId, period, value };
  if (periodOf(target, context) !== undefined) fileTarget(unit, target, period, context);
};

const indexFact = (unit: UnitFacts, fact: Fact, context: IndexContext): void => {
  switch (fact.type) {
    case 'DataSubmitted': {
      const period = periodOf(fact, context);
      if (period !== undefined && fitsIndicator(fact, context, DATA_METHODS)) {
        replaceIn({ slots: unit.data, key: fact.item === undefined ? slotOf(context, fact.indicatorId, period) : itemSlotKey(fact.indicatorId, fact.item, period), fact, context });
      }
      return;
    }
    case 'UnitIndicatorsAssigned': {
      if (fitsIndicator(fact, context, DATA_METHODS)) replaceIn({ slots: unit.items, key: fact.indicatorId, fact, context });
      return;
    }
    case 'TargetSet': {
      const period = fact.period === undefined ? ANY_PERIOD : periodOf(fact, context);
      if (period !== undefined && fitsIndicator(fact, context, TARGET_METHODS)) fileTarget(unit, fact, period, context);
      return;
    }
    case 'TargetsSet': {
      if (fitsIndicator(fact, context, TARGET_METHODS)) {
        for (const [period, value] of Object.entries(fact.targets)) indexTargetOfPeriod(unit, fact, period, value, context);
      }
      return;
    }
    case 'RatingGiven': {
      const period = periodOf(fact, context);
      if (period === undefined || !fitsIndicator(fact, context, RATING_METHODS)) return;
      const key = slotOf(context, fact.indicatorId, period);
      const byRater = unit.ratings.get(key) ?? new Map<string, RatingGiven>();
      replaceIn({ slots: byRater, key: fact.raterId, fact, context });
      unit.ratings.set(key, byRater);
      return;
    }
    case 'SurveyRecorded': {
      const period = periodOf(fact, context);
      if (period !== undefined && fitsIndicator(fact, context, SURVEY_METHODS)) {
        replaceIn({ slots: unit.surveys, key: slotOf(context, fact.indicatorId, period), fact, context });
      }
      return;
    }
    case 'DeductionApproved': {
      if (fact.indicatorId === undefined) {
        unit.deductions.push(fact);
        return;
      }
      const period = periodOf(fact, context);
      if (period === undefined || !fitsIndicator({ ...fact, indicatorId: fact.indicatorId }, context, FINDING_METHODS)) return;
      const key = slotOf(context, fact.indicatorId, period);
      unit.findings.set(key, [...(unit.findings.get(key) ?? []), fact]);
      return;
    }
    case 'BonusApproved':
      unit.bonuses.push(fact);
      return;
    case 'VetoConfirmed':
      unit.vetoes.push(fact);
      return;
    case 'PeriodSignedOff': {
      const period = periodOf(fact, context);
      if (period !== undefined) unit.signedOff.add(period);
      return;
    }
    case 'FactRevoked':
      return;
    default: {
      const unhandled: never = fact;
      return unhandled;
    }
  }
};

