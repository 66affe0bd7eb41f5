import { dayOfIso, resolveEntries } from '../calendar/calendar';
import { type WorkingDayAmendment, workingDays } from '../calendar/working-days';
import * as decimal from '../decimal/decimal';
import type { Dec } from '../decimal/decimal';
import { type ScoringWarning, byWarningOrder, effectiveFacts, linkTargetOf } from '../facts/effective-facts';
import type { Fact } from '../facts/fact.types';
import { type UnitFacts, emptyUnitFacts, indexUnitFacts } from '../facts/unit-facts';
import * as explanation from '../explanation/explain';
import type { ExplanationNode, InputStatus } from '../explanation/explanation.types';
import { totalRule } from '../explanation/rule-text';
import { type GradeAssignment, type Gradable, byTotal, cumulativePlaces, gradeUnits, rankUnits } from '../grading/grade-units';
import { resultsUseOf, resultsFlags } from '../results-use/results-use';
import type { CategoryModel, Label, MethodKind, SchemeModel } from '../scheme/scheme.model';
import { compiledScheme } from '../scheme/valid-scheme';
import { type AdjustmentOutcome, applyAdjustment } from './adjustments';
import * as leafMethods from './leaf-methods';
import type { LeafContext } from './leaf-methods';
import { type KeptNodes, type KeptValues, type LinkScope, changedIndicators, factsUnder, isLink, keptNodesOf, linkScopeOf } from './partial-rescoring';
import type { CategoryPlan, PlanLeaf, PlanNode } from './plan';
import type { CategoryResult, GradeCount, ResultsUse, ScoreCategoryInput, ScoreRankingInput, UnitFlag, UnitRef, UnitResult } from './result.types';
import { ScoringError } from './scoring-error';

// Read once when the module loads (see the note in decimal/rational.ts on per-file CommonJS).
const { RunningSum, ZERO, formatExact, formatFixed, fractionOf, roundHalfUp } = decimal;
const { EXPLANATION_NOT_KEPT, explain, explainLeaf } = explanation;
const { evaluateMethod, scoredOutcome } = leafMethods;

/** Tells whether an input that has not arrived is still pending or already missing. */
type DeadlineClock = (deadlineId: string | undefined) => 'pending' | 'missing';

const deadlineClock = (
  input: Readonly<{
    model: SchemeModel;
    asOf: string | undefined;
    cycleYear: number | undefined;
    amendment: WorkingDayAmendment | undefined;
    warn: (warning: ScoringWarning) => void;
  }>,
): DeadlineClock => {
  if (input.asOf === undefined) return () => 'missing';
  const today = dayOfIso(input.asOf);
  const year = input.cycleYear ?? input.model.cycle;
  if (year === undefined && input.model.calendar.deadlines.length > 0) {
    input.warn({
      code: 'calendar',
      message: {
        'zh-CN': '未给出考评年度，无法确定截止日期：未到数据一律视为待报',
        en: 'no cycle year given, so deadlines are unknown: every input not in yet is pending',
      },
    });
  }
  const dates = year === undefined ? new Map<string, number>() : resolveEntries(input.model.calendar, year, workingDays(input.amendment)).dates;
  return (deadlineId) => {
    const due = deadlineId === undefined ? undefined : dates.get(deadlineId);
    if (today === undefined || due === undefined) return 'pending';
    return today > due ? 'missing' : 'pending';
  };
};

/**
 * What the deadline clock says at `asOf`, as a string: two moments with the same key judge every
 * input the same way (pending or missing), so scores computed at one hold at the other.
 */
const deadlineClockKeyOf = (
  input: Readonly<{ model: SchemeModel; asOf: string | undefined; cycleYear: number | undefined; amendment: WorkingDayAmendment | undefined }>,
): string => {
  if (input.asOf === undefined) return 'all-missing';
  const today = dayOfIso(input.asOf);
  const year = input.cycleYear ?? input.model.cycle;
  if (today === undefined || year === undefined) return 'all-pending';
  const dates = resolveEntries(input.model.calendar, year, workingDays(input.amendment)).dates;
  const passed = [...dates].filter(([, due]) => today > due).map(([id]) => id).sort();
  return `passed:${JSON.stringify(passed)}`;
};

type UnitScore = Readonly<{
  unit: UnitRef;
  parts: readonly Readonly<{ id: string; label: Label; value: Dec; max: Dec; explanation: ExplanationNode }>[];
  bonus: AdjustmentOutcome;
  deduction: AdjustmentOutcome;
  totalExact: Dec;
  total: Dec;
  explanation: ExplanationNode;
  statusItems: ReadonlyMap<Exclude<InputStatus, 'scored'>, readonly string[]>;
  nodeValues: ReadonlyMap<string, Readonly<{ value: Dec; max: Dec; complete: boolean }>>;
  vetoFlags: readonly UnitFlag[];
  forcedGrade: string | undefined;
  barredGrades: ReadonlySet<string>;
  /** The values of the nodes kept to score the unit again in part (see partial-rescoring.ts); undefined when not kept. */
  kept: KeptValues | undefined;
}>;

/**
 * Scoring a unit with its node values kept: whole (`previous` undefined), or again in the
 * `changed` indicators only, from `facts` under them, every other node's value and the whole
 * unit's adjustments and vetoes taken from `previous`.
 */
type Keeping = Readonly<{ nodes: KeptNodes; previous?: Readonly<{ score: UnitScore; values: KeptValues; changed: ReadonlySet<string> }> }>;

type UnitContext = Readonly<{
  model: SchemeModel;
  plan: CategoryPlan;
  clock: DeadlineClock;
  warn: (warning: ScoringWarning) => void;
  watchedNodes: ReadonlySet<string>;
  /** False: the same numbers, and every explanation field is {@link EXPLANATION_NOT_KEPT} (no node built, no text written for one). */
  explanations: boolean;
  keeping?: Keeping;
}>;

const EMPTY_FACTS: UnitFacts = emptyUnitFacts();

const scoreUnit = (unit: UnitRef, facts: UnitFacts, context: UnitContext): UnitScore => {
  const { model, plan, keeping } = context;
  const category = plan.category;
  const previous = keeping?.previous;
  const statusItems = new Map<Exclude<InputStatus, 'scored'>, string[]>();
  if (previous !== undefined) {
    // The inputs of the indicators scored again are noted again below; the others' notes stay.
    const again = new Set([...previous.changed].flatMap((id) => keeping?.nodes.statusKeys.get(id) ?? []));
    for (const [status, list] of previous.score.statusItems) {
      const kept = list.filter((key) => !again.has(key));
      if (kept.length > 0) statusItems.set(status, kept);
    }
  }
  const nodeValues = new Map<string, { value: Dec; max: Dec; complete: boolean }>();
  const watching = context.watchedNodes.size > 0;
  const { explanations } = context;
  const leafContext: LeafContext = {
    unitId: unit.id,
    unit: facts,
    scales: model.scales,
    deductionRules: category.deductions,
    warn: context.warn,
    explanations,
    outcome: scoredOutcome(),
  };
  const note = (status: Exclude<InputStatus, 'scored'>, leaf: PlanLeaf): void => {
    const list = statusItems.get(status) ?? [];
    list.push(`${leaf.node.id}@${leaf.period}`);
    statusItems.set(status, list);
  };
  const watch = (id: string, value: Dec, max: Dec, complete: boolean): void => {
    if (!context.watchedNodes.has(id)) return;
    const seen = nodeValues.get(id);
    nodeValues.set(
      id,
      seen === undefined
        ? { value, max, complete }
        : { value: seen.value.plus(value), max: seen.max.plus(max), complete: seen.complete && complete },
    );
  };

  // A node's points and whether every input under it was scored (none pending, missing or awaiting
  // sign-off) are left here by `evaluate`, which returns its explanation (EXPLANATION_NOT_KEPT
  // without explanations): one object per unit instead of one per node.
  const last: { value: Dec; complete: boolean } = { value: ZERO, complete: true };

  const evaluateLeaf = (leaf: PlanLeaf): ExplanationNode => {
    if (leaf.signOff && !facts.signedOff.has(leaf.period)) {
      note('awaiting-sign-off', leaf);
      watch(leaf.node.id, ZERO, leaf.max, false);
      last.value = ZERO;
      last.complete = false;
      if (!explanations) return EXPLANATION_NOT_KEPT;
      return explain({
        id: leaf.node.id,
        kind: 'leaf',
        label: leaf.node.label,
        period: leaf.period,
        value: ZERO,
        max: leaf.max,
        status: 'awaiting-sign-off',
        rule: { 'zh-CN': '本期结果须经签字确认后计分', en: "the period's results count once signed off" },
      });
    }
    const outcome = evaluateMethod(leaf, leafContext);
    let status: InputStatus = 'scored';
    if (!outcome.present || outcome.incomplete === true) {
      status = context.clock(leaf.deadlineId);
      note(status, leaf);
    }
    const { value } = outcome;
    const complete = status === 'scored';
    if (watching) watch(leaf.node.id, value, leaf.max, complete);
    last.value = value;
    last.complete = complete;
    if (!explanations) return EXPLANATION_NOT_KEPT;
    return explainLeaf(leaf, value, status, outcome.inputs, outcome.factIds);
  };

  const evaluate = (node: PlanNode): ExplanationNode => {
    if (node.kind === 'leaf') return evaluateLeaf(node);
    const sum = new RunningSum(ZERO);
    let complete = true;
    // Sized once: pushed one by one, the array of a node of 20 indicators would hold room for 43 and drop copies on the way.
    const children: ExplanationNode[] = explanations ? new Array<ExplanationNode>(node.children.length) : [];
    let index = 0;
    for (const child of node.children) {
      const explanation = evaluate(child);
      if (explanations) children[index] = explanation;
      index += 1;
      sum.add(last.value);
      complete = complete && last.complete;
    }
    const value = sum.total();
    // A leaf's own node (a part that is one indicator) is watched through its leaves, once per period.
    if (watching && node.kind !== 'period' && node.node.method === undefined) watch(node.node.id, value, node.max, complete);
    last.value = value;
    last.complete = complete;
    if (!explanations) return EXPLANATION_NOT_KEPT;
    return explain({
      id: node.node.id,
      kind: node.kind,
      label: node.node.label,
      period: node.kind === 'period' ? node.period : undefined,
      value,
      max: node.max,
      maxText: node.maxText,
      scale: node.scale,
      scaleText: node.scaleText,
      rule: node.rule,
      children,
    });
  };

  // Kept: a node is summed from its children in plan order as `evaluate` sums it; a root (one
  // indicator under it) is evaluated, or taken from the last scoring when its indicator is unchanged.
  const values: Dec[] | undefined = keeping === undefined ? undefined : previous === undefined ? [] : [...previous.values];
  const keep = (node: PlanNode, nodes: KeptNodes, into: Dec[]): Dec => {
    const at = nodes.index.get(node) ?? -1;
    const root = nodes.rootOf.get(node);
    let value: Dec | undefined;
    if (previous !== undefined && (root === undefined ? !changedUnder(nodes, node, previous.changed) : !previous.changed.has(root))) value = previous.values[at];
    if (value === undefined && root !== undefined) {
      evaluate(node);
      value = last.value;
    } else if (value === undefined) {
      const sum = new RunningSum(ZERO);
      if (node.kind !== 'leaf') for (const child of node.children) sum.add(keep(child, nodes, into));
      value = sum.total();
    }
    into[at] = value;
    return value;
  };
  const parts = plan.parts.map((part) => {
    if (keeping !== undefined && values !== undefined) {
      return { id: part.node.id, label: part.node.label, value: keep(part, keeping.nodes, values), max: part.max, explanation: EXPLANATION_NOT_KEPT };
    }
    const explanation = evaluate(part);
    return { id: part.node.id, label: part.node.label, value: last.value, max: part.max, explanation };
  });
  // Scored again in part: no fact of the whole unit changed, so its adjustments and vetoes stand.
  const bonus =
    previous?.score.bonus ?? applyAdjustment({ kind: 'bonus', model: category.bonuses, facts: facts.bonuses, unitId: unit.id, warn: context.warn, explanations });
  const deduction =
    previous?.score.deduction ??
    applyAdjustment({
      kind: 'deduction',
      model: category.deductions,
      facts: facts.deductions,
      unitId: unit.id,
      warn: context.warn,
      explanations,
    });
  // Scored in part: the statuses in the order a whole walk of the plan meets their first input.
  if (previous !== undefined && keeping !== undefined && statusItems.size > 1) {
    const first = (list: readonly string[]): number => Math.min(...list.map((key) => keeping.nodes.walkOrder.get(key) ?? Number.POSITIVE_INFINITY));
    const ordered = [...statusItems].sort(([, a], [, b]) => first(a) - first(b));
    statusItems.clear();
    for (const [status, list] of ordered) statusItems.set(status, list);
  }
  let partsTotal = ZERO;
  for (const part of parts) partsTotal = partsTotal.plus(part.value);
  const raw = partsTotal.plus(bonus.value).minus(deduction.value);
  // No floor unless the scheme sets one (SCORING.md): six mass incidents make a negative total.
  const floored = category.floor !== undefined && raw.lessThan(category.floor);
  const totalExact = floored && category.floor !== undefined ? category.floor : raw;
  const vetoes = previous?.score ?? vetoEffects({ category, facts, unitId: unit.id, warn: context.warn });
  const explanation = explanations
    ? explain({
        id: unit.id,
        kind: 'total',
        label: { 'zh-CN': unit.name ?? unit.id, en: unit.name ?? unit.id },
        value: totalExact,
        max: category.total,
        rule: totalRule(category.floor === undefined ? undefined : formatExact(category.floor)),
        inputs: {
          parts: formatExact(partsTotal),
          bonus: formatExact(bonus.value),
          deductions: formatExact(deduction.value),
          ...(floored ? { floored: formatExact(raw) } : {}),
          total: formatFixed(totalExact),
        },
        children: [...parts.map((part) => part.explanation), bonus.explanation, deduction.explanation],
      })
    : EXPLANATION_NOT_KEPT;
  return {
    unit,
    parts,
    bonus,
    deduction,
    totalExact,
    total: roundHalfUp(totalExact),
    statusItems,
    nodeValues,
    vetoFlags: vetoes.vetoFlags,
    forcedGrade: vetoes.forcedGrade,
    barredGrades: vetoes.barredGrades,
    explanation,
    kept: values,
  };
};

const gradeLabel = (category: CategoryModel, gradeId: string): Label =>
  category.grades.find((grade) => grade.id === gradeId)?.label ?? { 'zh-CN': gradeId, en: gradeId };

/** Vetoes act after scoring: the total stays, the grade is forced or barred, and the reason is shown. */
const vetoEffects = (
  input: Readonly<{ category: CategoryModel; facts: UnitFacts; unitId: string; warn: (warning: ScoringWarning) => void }>,
): Readonly<{ vetoFlags: readonly UnitFlag[]; forcedGrade: string | undefined; barredGrades: ReadonlySet<string> }> => {
  const { category } = input;
  const gradeIndex = (id: string): number => category.grades.findIndex((grade) => grade.id === id);
  const flags: UnitFlag[] = [];
  const barredGrades = new Set<string>();
  let forcedGrade: string | undefined;
  for (const fact of input.facts.vetoes) {
    const veto = category.vetoes.find((candidate) => candidate.id === fact.vetoId);
    if (veto === undefined) {
      input.warn({
        code: 'unknown-veto',
        factId: fact.id,
        unitId: input.unitId,
        message: { 'zh-CN': `否决事项“${fact.vetoId}”不在本类别方案中，已忽略`, en: `veto "${fact.vetoId}" is not in this category's scheme; ignored` },
      });
      continue;
    }
    if (veto.forceGrade !== undefined) {
      // Of two forced grades, the worse one holds.
      if (forcedGrade === undefined || gradeIndex(veto.forceGrade) > gradeIndex(forcedGrade)) forcedGrade = veto.forceGrade;
      const grade = gradeLabel(category, veto.forceGrade);
      flags.push({
        code: 'grade-forced',
        ref: veto.id,
        factIds: [fact.id],
        message: { 'zh-CN': `${veto.label['zh-CN']}：等次定为${grade['zh-CN']}`, en: `${veto.label.en}: graded ${grade.en}` },
      });
    }
    if (veto.barGrades.length > 0) {
      for (const grade of veto.barGrades) barredGrades.add(grade);
      const grades = veto.barGrades.map((grade) => gradeLabel(category, grade));
      flags.push({
        code: 'barred',
        ref: veto.id,
        factIds: [fact.id],
        message: {
          'zh-CN': `${veto.label['zh-CN']}：取消${grades.map((grade) => grade['zh-CN']).join('、')}资格`,
          en: `${veto.label.en}: barred from ${grades.map((grade) => grade.en).join(', ')}`,
        },
      });
    }
  }
  return { vetoFlags: flags, forcedGrade, barredGrades };
};

const STATUS_MESSAGES: Readonly<Record<Exclude<InputStatus, 'scored'>, readonly [UnitFlag['code'], Label]>> = {
  missing: ['missing-data', { 'zh-CN': '逾期未报，计 0 分', en: 'overdue: counted as zero' }],
  pending: ['pending-data', { 'zh-CN': '尚未报送（未到截止日期），暂计 0 分', en: 'not in yet (before its deadline): counted as zero for now' }],
  'awaiting-sign-off': ['awaiting-sign-off', { 'zh-CN': '待签字确认，暂不计分', en: 'awaiting sign-off: not counted yet' }],
};

const statusFlags = (items: UnitScore['statusItems']): readonly UnitFlag[] =>
  [...items.entries()].map(([status, list]) => {
    const [code, message] = STATUS_MESSAGES[status];
    return { code, message, items: [...list].sort() };
  });

const quotaFlags = (category: CategoryModel, assignment: GradeAssignment | undefined): readonly UnitFlag[] =>
  (assignment?.quotaFilled ?? []).map((gradeId) => {
    const grade = gradeLabel(category, gradeId);
    return {
      code: 'quota-filled',
      ref: gradeId,
      message: { 'zh-CN': `达到${grade['zh-CN']}分数线，但名额已满`, en: `reached the ${grade.en} minimum, but its places are taken` },
    };
  });

const optionalFraction = <K extends 'fraction' | 'totalFraction'>(key: K, value: Dec): Partial<Record<K, string>> => {
  const fraction = fractionOf(value);
  const result: Partial<Record<K, string>> = {};
  if (fraction !== undefined) result[key] = fraction;
  return result;
};

const unitsOf = (facts: readonly Fact[]): readonly UnitRef[] => {
  const ids = new Set<string>();
  // Indexed, as in effectiveFacts: no iterator result per fact.
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact !== undefined) ids.add(fact.unitId);
  }
  return [...ids].sort().map((id) => ({ id }));
};

const gradeCounts = (category: CategoryModel, grades: ReadonlyMap<string, GradeAssignment>, unitCount: number): readonly GradeCount[] => {
  const boundaries = cumulativePlaces(category.grades, unitCount);
  return category.grades.map((grade, index) => {
    const count = [...grades.values()].filter((assignment) => assignment.gradeId === grade.id).length;
    const places = (boundaries[index] ?? 0) - (boundaries[index - 1] ?? 0);
    return { id: grade.id, label: grade.label, count, ...(grade.quota === undefined ? {} : { places }) };
  });
};

type UnitsScored = Readonly<{ scored: readonly UnitScore[]; warnings: readonly ScoringWarning[] }>;

/** Scores the given units under one category's plan (no ranks or grades yet). */
const scoreUnitsOf = (
  input: Readonly<{
    model: SchemeModel;
    plan: CategoryPlan;
    units: readonly UnitRef[];
    facts: readonly Fact[];
    asOf: string | undefined;
    cycleYear: number | undefined;
    amendment: WorkingDayAmendment | undefined;
    watched: CategoryModel;
  }>,
): UnitsScored => {
  const { model, plan } = input;
  const warnings: ScoringWarning[] = [];
  const warn = (warning: ScoringWarning): void => {
    warnings.push(warning);
  };
  const effective = effectiveFacts({ facts: input.facts, ...(input.asOf === undefined ? {} : { asOf: input.asOf }) });
  warnings.push(...effective.warnings);
  const unitIds = new Set(input.units.map((unit) => unit.id));
  const methods = new Map<string, MethodKind>();
  for (const [id, leaves] of plan.leaves) {
    const first = leaves[0];
    if (first !== undefined) methods.set(id, first.method.kind);
  }
  const byUnit = new Map<string, Fact[]>();
  for (let index = 0; index < effective.facts.length; index += 1) {
    const fact = effective.facts[index];
    if (fact === undefined || !unitIds.has(fact.unitId)) continue;
    const list = byUnit.get(fact.unitId);
    if (list === undefined) byUnit.set(fact.unitId, [fact]);
    else list.push(fact);
  }
  const indexContext = { methods, periods: new Set(model.periods.map((period) => period.id)), defaultPeriod: plan.defaultPeriod, warn, slots: plan.slots };
  const context: UnitContext = {
    model,
    plan,
    clock: deadlineClock({ model, asOf: input.asOf, cycleYear: input.cycleYear, amendment: input.amendment, warn }),
    warn,
    watchedNodes: new Set(
      (input.watched.resultsUse?.flags ?? []).flatMap((flag) => (flag.kind === 'ratio-below' ? [flag.node] : [])),
    ),
    explanations: true,
  };
  // Each unit's facts are indexed just before it is scored, so that the index is short-lived garbage
  // instead of every unit's maps living (and being copied by the collector) through the whole category.
  const scored = input.units.map((unit) => {
    const facts = byUnit.get(unit.id);
    const index = facts === undefined ? undefined : indexUnitFacts(facts, indexContext).get(unit.id);
    return scoreUnit(unit, index ?? EMPTY_FACTS, context);
  });
  return { scored, warnings };
};

type ScoreFields = Readonly<{
  result: Pick<UnitResult, 'total' | 'totalExact' | 'totalFraction' | 'parts' | 'bonus' | 'deduction'>;
  statusFlags: readonly UnitFlag[];
}>;

// What a unit's result says that depends on its score alone, written out once per score: ranking
// a category again from kept scores (live scores) formats only ranks, grades and flags.
const scoreFields = new WeakMap<UnitScore, ScoreFields>();
const scoreFieldsOf = (score: UnitScore): ScoreFields => {
  const known = scoreFields.get(score);
  if (known !== undefined) return known;
  const fields: ScoreFields = {
    result: {
      total: formatFixed(score.totalExact),
      totalExact: formatExact(score.totalExact),
      ...optionalFraction('totalFraction', score.totalExact),
      parts: score.parts.map((part) => ({
        id: part.id,
        label: part.label,
        value: formatExact(part.value),
        ...optionalFraction('fraction', part.value),
        shown: formatFixed(part.value),
        max: formatExact(part.max),
      })),
      bonus: { value: formatExact(score.bonus.value), shown: formatFixed(score.bonus.value), beforeCaps: formatExact(score.bonus.uncapped) },
      deduction: {
        value: formatExact(score.deduction.value),
        shown: formatFixed(score.deduction.value),
        beforeCaps: formatExact(score.deduction.uncapped),
      },
    },
    statusFlags: statusFlags(score.statusItems),
  };
  scoreFields.set(score, fields);
  return fields;
};

// What rankings of a category share (one object per category and grade): a category is ranked
// again at every batch of live scores, and a grade, an empty list of flags or a results use made
// anew for each of its units was most of that ranking's garbage.
const NO_FLAGS: readonly UnitFlag[] = [];
/** `make` once per category and grade id, kept while the category (its compiled scheme) lives. */
const oncePerGrade = <T>(make: (category: CategoryModel, gradeId: string) => T): ((category: CategoryModel, gradeId: string) => T) => {
  const made = new WeakMap<CategoryModel, Map<string, T>>();
  return (category, gradeId) => {
    let byGrade = made.get(category);
    if (byGrade === undefined) {
      byGrade = new Map();
      made.set(category, byGrade);
    }
    if (!byGrade.has(gradeId)) byGrade.set(gradeId, make(category, gradeId));
    return byGrade.get(gradeId) as T;
  };
};
const sharedGrade = oncePerGrade((category, gradeId): UnitResult['grade'] => ({ id: gradeId, label: gradeLabel(category, gradeId) }));
// Without a previous cycle (no rank change) a results use depends on the grade alone.
const sharedResultsUse = oncePerGrade((category, gradeId): ResultsUse => resultsUseOf({ category, gradeId, previous: [], unitCount: 0, unitId: '', rank: 0 }));

/** Ranks and grades scored units together under one grading (a category's, or a ranking group's). */
const rankAndGrade = (
  input: Readonly<{ grading: CategoryModel; scored: readonly UnitScore[]; previous: ScoreCategoryInput['previous']; categoryOf?: ReadonlyMap<string, string> }>,
): Readonly<{ units: readonly UnitResult[]; grades: readonly GradeCount[] }> => {
  const category = input.grading;
  const { scored } = input;
  const previous = input.previous ?? [];
  const gradables: Gradable[] = scored.map((score) => ({
    unitId: score.unit.id,
    total: score.total,
    forcedGrade: score.forcedGrade,
    barredGrades: score.barredGrades,
  }));
  const grades = gradeUnits({ grades: category.grades, units: gradables });
  const ranks = rankUnits(gradables);
  const byUnit = new Map(scored.map((score) => [score.unit.id, score]));
  const ordered = [...gradables].sort(byTotal);
  const ranksInOrder = ordered.map((gradable) => ranks.get(gradable.unitId) ?? 0);
  // Results-use flags need the unit's standing only where the scheme has them or a cycle came before.
  const mayRaiseResultsFlags = (category.resultsUse?.flags.length ?? 0) > 0 || previous.length > 0;
  const results: UnitResult[] = [];
  for (const gradable of ordered) {
    const score = byUnit.get(gradable.unitId);
    if (score === undefined) continue;
    const assignment = grades.get(gradable.unitId);
    const gradeId = assignment?.gradeId ?? '';
    const rank = ranks.get(gradable.unitId) ?? 0;
    const common = { category, unitCount: scored.length, previous, unitId: score.unit.id, gradeId, rank };
    const categoryId = input.categoryOf?.get(score.unit.id);
    const { result: fields, statusFlags } = scoreFieldsOf(score);
    const quota = quotaFlags(category, assignment);
    const raised = mayRaiseResultsFlags ? resultsFlags({ ...common, ranksInOrder, total: score.total, nodeValues: score.nodeValues }) : NO_FLAGS;
    const flags =
      score.vetoFlags.length + quota.length + statusFlags.length + raised.length === 0 ? NO_FLAGS : [...score.vetoFlags, ...quota, ...statusFlags, ...raised];
    // Built key by key in the order the result has always had (its JSON is compared and shown).
    const result: { -readonly [K in keyof UnitResult]: UnitResult[K] } = { unitId: score.unit.id } as UnitResult;
    if (score.unit.name !== undefined) result.name = score.unit.name;
    if (categoryId !== undefined) result.categoryId = categoryId;
    result.total = fields.total;
    result.totalExact = fields.totalExact;
    if (fields.totalFraction !== undefined) result.totalFraction = fields.totalFraction;
    result.parts = fields.parts;
    result.bonus = fields.bonus;
    result.deduction = fields.deduction;
    result.rank = rank;
    result.grade = sharedGrade(category, gradeId);
    result.flags = flags;
    result.resultsUse = previous.length > 0 ? resultsUseOf(common) : sharedResultsUse(category, gradeId);
    result.explanation = score.explanation;
    results.push(result);
  }
  return { units: results, grades: gradeCounts(category, grades, scored.length) };
};

/**
 * One unit scored under its category's plan, not yet ranked (see {@link scoreUnitsOfCategory}):
 * what {@link rankScoredUnits} needs to rank and grade it with the others, without scoring it again.
 */
export type ScoredUnit = Readonly<{
  unitId: string;
  /** The warnings about this unit's own facts. */
  warnings: readonly ScoringWarning[];
  /**
   * Every correction or revocation among its facts points at one of its own facts. When a unit is
   * not self-contained, a fact of another unit may change its score (or the reverse): score the
   * whole category with {@link scoreCategory}.
   */
  selfContained: boolean;
  /** Some of its facts were recorded after `asOf` (left out): a later `asOf` changes its score. */
  factsAfterAsOf: boolean;
  /** @internal the engine's working score; read only by {@link rankScoredUnits}. */
  score: UnitScore;
  /** @internal where its corrections and revocations point, when its node values are kept (see {@link KeptUnits}). */
  links?: LinkScope;
}>;

export { EXPLANATION_NOT_KEPT };

/**
 * A scored unit without its explanation tree (about 2,400 nodes for 100 monthly indicators), for
 * a caller that keeps many units' scores to rank them again later: ranked, its numbers, rank,
 * grade and flags are the same; its explanation is {@link EXPLANATION_NOT_KEPT}.
 */
export const withoutExplanation = (unit: ScoredUnit): ScoredUnit => {
  const { score } = unit;
  if (score.explanation === EXPLANATION_NOT_KEPT) return unit;
  const stripped: UnitScore = {
    ...score,
    parts: score.parts.map((part) => ({ ...part, explanation: EXPLANATION_NOT_KEPT })),
    bonus: { ...score.bonus, explanation: EXPLANATION_NOT_KEPT },
    deduction: { ...score.deduction, explanation: EXPLANATION_NOT_KEPT },
    explanation: EXPLANATION_NOT_KEPT,
  };
  // Its result fields are the same: formatted once, shared (a caller comparing them by identity sees no change).
  const fields = scoreFields.get(score);
  if (fields !== undefined) scoreFields.set(stripped, fields);
  return { ...unit, score: stripped };
};

/**
 * Units scored before by {@link scoreUnitsOfCategory} without explanations, under the same scheme
 * and year, at `asOf` (with that {@link ScoredUnits.clockKey}): each unit's result, and how many
 * of its facts it was scored from. The caller vouches that each unit's facts now begin with those
 * (in the same order): a unit is then scored again only in the indicators its other facts touch.
 */
export type KeptUnits = Readonly<{
  asOf: string | undefined;
  clockKey: string;
  units: ReadonlyMap<string, Readonly<{ scored: ScoredUnit; factCount: number }>>;
}>;

/** Input of {@link scoreUnitsOfCategory}: the units to score, and whether to explain their scores. */
export type ScoreUnitsInput = ScoreCategoryInput &
  Readonly<{
    units: readonly UnitRef[];
    /** Build each unit's explanation tree (default true); false: {@link EXPLANATION_NOT_KEPT} in its place, the same numbers. */
    explanations?: boolean;
    /** Without explanations: these units' last scores, to score them again only where their facts changed. */
    kept?: KeptUnits;
    /** Each unit's own facts, instead of `facts` (then not read): a caller holding them by unit hands them over without a flat copy. */
    factsOf?: (unitId: string) => readonly Fact[];
  }>;

/** Units scored one by one: each unit's result, and the warnings that belong to no unit. */
export type ScoredUnits = Readonly<{
  units: readonly ScoredUnit[];
  warnings: readonly ScoringWarning[];
  clockKey: string;
  /** How many of the units were scored again in part (see {@link KeptUnits}); the others whole. */
  scoredInPart: number;
}>;

/**
 * What the deadline clock of a scheme says at `asOf` (which deadlines have passed), as a string:
 * units scored at two moments with the same key judge every input alike (pending or missing).
 */
export const deadlineClockKey = (
  input: Readonly<{ scheme: ScoreCategoryInput['scheme']; asOf?: string; cycleYear?: number; workingDayAmendment?: WorkingDayAmendment }>,
): string =>
  deadlineClockKeyOf({ model: compiledScheme(input.scheme).model, asOf: input.asOf, cycleYear: input.cycleYear, amendment: input.workingDayAmendment });

const selfContained = (facts: readonly Fact[]): boolean => {
  // The ids links point at, then crossed off by the facts that have them (a unit's year holds thousands of facts, its corrections few).
  let targets: Set<string> | undefined;
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    const target = fact === undefined ? undefined : linkTargetOf(fact);
    if (target !== undefined) (targets ??= new Set()).add(target);
  }
  if (targets === undefined) return true;
  for (let index = 0; index < facts.length && targets.size > 0; index += 1) {
    const fact = facts[index];
    if (fact !== undefined) targets.delete(fact.id);
  }
  return targets.size === 0;
};

/**
 * Scores some units of a category, each from its own facts only (`facts` holds the facts of
 * these units; a fact of another unit is ignored), without ranking them. With the same scheme,
 * `asOf` and year, a unit scored here and ranked by {@link rankScoredUnits} with the others gives
 * exactly what {@link scoreCategory} gives for the whole category, as long as every unit is
 * {@link ScoredUnit.selfContained} (fact ids are unique across units: they are event ids). So a
 * caller keeps each unit's {@link ScoredUnit} and scores again only the units whose facts or
 * name changed, or all of them when the scheme, the year or {@link ScoredUnits.clockKey} changed.
 *
 * With `explanations: false` no explanation tree is built (nor any text written only for one):
 * the units' numbers, warnings and flags, and all that {@link rankScoredUnits} makes of them, are
 * exactly those scored with explanations, and every explanation field is {@link EXPLANATION_NOT_KEPT}
 * (so {@link withoutExplanation} returns such a unit as it is). For a caller that keeps numbers
 * and explains a unit on demand (live scores).
 */
export const scoreUnitsOfCategory = (input: ScoreUnitsInput): ScoredUnits => {
  const { model, plans } = compiledScheme(input.scheme);
  const plan = plans.get(input.categoryId);
  if (plan === undefined) {
    throw new ScoringError('unknown-category', `scheme ${model.id} has no category "${input.categoryId}"`);
  }
  const categoryWarnings: ScoringWarning[] = [];
  const clock = deadlineClock({
    model,
    asOf: input.asOf,
    cycleYear: input.cycleYear,
    amendment: input.workingDayAmendment,
    warn: (warning) => categoryWarnings.push(warning),
  });
  const byUnit = new Map<string, Fact[]>();
  for (let index = 0; input.factsOf === undefined && index < input.facts.length; index += 1) {
    const fact = input.facts[index];
    if (fact === undefined) continue;
    const list = byUnit.get(fact.unitId);
    if (list === undefined) byUnit.set(fact.unitId, [fact]);
    else list.push(fact);
  }
  const factsOf = input.factsOf ?? ((unitId: string): readonly Fact[] => byUnit.get(unitId) ?? []);
  const methods = new Map<string, MethodKind>();
  for (const [id, leaves] of plan.leaves) {
    const first = leaves[0];
    if (first !== undefined) methods.set(id, first.method.kind);
  }
  const periods = new Set(model.periods.map((period) => period.id));
  const watchedNodes = new Set((plan.category.resultsUse?.flags ?? []).flatMap((flag) => (flag.kind === 'ratio-below' ? [flag.node] : [])));
  const explanations = input.explanations ?? true;
  const clockKey = deadlineClockKeyOf({ model, asOf: input.asOf, cycleYear: input.cycleYear, amendment: input.workingDayAmendment });
  // Numbers only, and a plan whose indicators can be scored apart: every unit's node values are kept.
  const nodes = explanations ? undefined : keptNodesOf(plan, watchedNodes);
  const kept = nodes !== undefined && input.kept?.clockKey === clockKey ? input.kept : undefined;
  const asOf = input.asOf === undefined ? {} : { asOf: input.asOf };
  const scoreWhole = (unit: UnitRef, facts: readonly Fact[]): ScoredUnit => {
    const warnings: ScoringWarning[] = [];
    const warn = (warning: ScoringWarning): void => {
      warnings.push(warning);
    };
    const effective = effectiveFacts({ facts, ...asOf });
    warnings.push(...effective.warnings);
    const index = indexUnitFacts(effective.facts, { methods, periods, defaultPeriod: plan.defaultPeriod, warn, slots: plan.slots });
    const keeping = nodes === undefined ? {} : { keeping: { nodes } };
    const score = scoreUnit(unit, index.get(unit.id) ?? EMPTY_FACTS, { model, plan, clock, warn, watchedNodes, explanations, ...keeping });
    return {
      unitId: unit.id,
      warnings,
      selfContained: selfContained(facts),
      factsAfterAsOf: effective.recordedAfterAsOf,
      score,
      ...(nodes === undefined ? {} : { links: linkScopeOf(facts.filter(isLink), facts) }),
    };
  };
  // Again in the indicators its new facts touch; undefined when the unit is to be scored whole.
  const scoreInPart = (unit: UnitRef, facts: readonly Fact[], before: Readonly<{ scored: ScoredUnit; factCount: number }> | undefined): ScoredUnit | undefined => {
    const { score, links } = before?.scored ?? {};
    if (nodes === undefined || kept === undefined || before === undefined || score?.kept === undefined || links === undefined) return undefined;
    if (before.scored.warnings.length > 0 || !before.scored.selfContained) return undefined;
    const moved = changedIndicators({ facts, asOf: input.asOf, before: { factCount: before.factCount, asOf: kept.asOf, factsAfterAsOf: before.scored.factsAfterAsOf, links } });
    if (moved === undefined) return undefined;
    const warnings: ScoringWarning[] = [];
    const warn = (warning: ScoringWarning): void => {
      warnings.push(warning);
    };
    const effective = effectiveFacts({ facts: factsUnder(facts, moved.changed, moved.links), ...asOf });
    warnings.push(...effective.warnings);
    const index = indexUnitFacts(effective.facts, { methods, periods, defaultPeriod: plan.defaultPeriod, warn, slots: plan.slots });
    const keeping: Keeping = { nodes, previous: { score, values: score.kept, changed: moved.changed } };
    const again = scoreUnit(unit, index.get(unit.id) ?? EMPTY_FACTS, { model, plan, clock, warn, watchedNodes, explanations, keeping });
    // A warning about a fact of the changed indicators: the unit's warnings are made whole again.
    if (warnings.length > 0) return undefined;
    return { unitId: unit.id, warnings, selfContained: true, factsAfterAsOf: moved.factsAfterAsOf, score: again, links: moved.links };
  };
  let scoredInPart = 0;
  const units = input.units.map((unit): ScoredUnit => {
    const facts = factsOf(unit.id);
    const inPart = scoreInPart(unit, facts, kept?.units.get(unit.id));
    if (inPart === undefined) return scoreWhole(unit, facts);
    scoredInPart += 1;
    return inPart;
  });
  return { units, warnings: categoryWarnings, clockKey, scoredInPart };
};

/**
 * Ranks and grades a category from units already scored (by {@link scoreUnitsOfCategory}, all
 * with the same scheme, `asOf` and year): ranks, grades, quotas and flags (last place, quota
 * filled…) as {@link scoreCategory} gives them, scoring no unit again. `warnings` are those of
 * the {@link ScoredUnits} that belong to no unit.
 */
export const rankScoredUnits = (
  input: Readonly<{
    scheme: ScoreCategoryInput['scheme'];
    categoryId: string;
    units: readonly ScoredUnit[];
    warnings: readonly ScoringWarning[];
    asOf?: string;
    previous?: ScoreCategoryInput['previous'];
  }>,
): CategoryResult => {
  const { model, plans } = compiledScheme(input.scheme);
  const plan = plans.get(input.categoryId);
  if (plan === undefined) {
    throw new ScoringError('unknown-category', `scheme ${model.id} has no category "${input.categoryId}"`);
  }
  const category = plan.category;
  const scored = [...input.units].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0)).map((unit) => unit.score);
  const ranked = rankAndGrade({ grading: category, scored, previous: input.previous });
  return categoryResult({ model, category, asOf: input.asOf, ranked, warnings: [...input.warnings, ...input.units.flatMap((unit) => unit.warnings)] });
};

/** A category's result: its ranked units and grade counts, the scheme they were scored under, the warnings in order. */
const categoryResult = (
  input: Readonly<{ model: SchemeModel; category: CategoryModel; asOf: string | undefined; ranked: ReturnType<typeof rankAndGrade>; warnings: readonly ScoringWarning[] }>,
): CategoryResult => ({
  schemeId: input.model.id,
  schemeVersion: input.model.version,
  categoryId: input.category.id,
  label: input.category.label,
  ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
  units: input.ranked.units,
  grades: input.ranked.grades,
  warnings: [...input.warnings].sort(byWarningOrder),
});

/** Whether any of the `changed` indicators lies under `node` (a node above several indicators). */
const changedUnder = (nodes: KeptNodes, node: PlanNode, changed: ReadonlySet<string>): boolean => {
  const under = nodes.under.get(node);
  if (under === undefined) return false;
  for (const id of changed) if (under.has(id)) return true;
  return false;
};

const byId = (a: UnitRef, b: UnitRef): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Scores every unit of a category: totals, parts, ranks, grades, flags, results use and an
 * explanation of every number. The same facts in any order give the same result.
 */
export const scoreCategory = (input: ScoreCategoryInput): CategoryResult => {
  const { model, plans } = compiledScheme(input.scheme);
  const plan = plans.get(input.categoryId);
  if (plan === undefined) {
    throw new ScoringError('unknown-category', `scheme ${model.id} has no category "${input.categoryId}"`);
  }
  const category = plan.category;
  const units = [...(input.units ?? unitsOf(input.facts))].sort(byId);
  const { scored, warnings } = scoreUnitsOf({ model, plan, units, facts: input.facts, asOf: input.asOf, cycleYear: input.cycleYear, amendment: input.workingDayAmendment, watched: category });
  const ranked = rankAndGrade({ grading: category, scored, previous: input.previous });
  return categoryResult({ model, category, asOf: input.asOf, ranked, warnings });
};

/**
 * Scores a ranking group (`rankings` in the scheme): units of several categories, each scored
 * under its own category's tree, then ranked and graded together under the group's grading
 * (Xunyang: 区直单位 with and without investment-promotion duty, one top 1/5 and one last place).
 * Each unit result names its `categoryId`; `categoryId` of the result is the group's id.
 */
/**
 * The ranking group (`rankings` in the scheme) an id names or belongs to: the group itself for a
 * ranking id, the group that ranks a category for a category id, undefined for a category ranked
 * on its own (or an unknown id).
 */
export const rankingGroupOf = (scheme: ScoreRankingInput['scheme'], id: string): Readonly<{ id: string; label: Label; categories: readonly string[] }> | undefined => {
  const { model } = compiledScheme(scheme);
  const ranking = model.rankings.find((candidate) => candidate.id === id || candidate.categories.includes(id));
  return ranking === undefined ? undefined : { id: ranking.id, label: ranking.label, categories: ranking.categories };
};

export const scoreRanking = (input: ScoreRankingInput): CategoryResult => {
  const { model, plans } = compiledScheme(input.scheme);
  const ranking = model.rankings.find((candidate) => candidate.id === input.rankingId);
  if (ranking === undefined) {
    throw new ScoringError('unknown-ranking', `scheme ${model.id} has no ranking group "${input.rankingId}"`);
  }
  const grading = model.categories.find((category) => category.id === ranking.categories[0]);
  if (grading === undefined) throw new ScoringError('unknown-category', `ranking group ${ranking.id} names no category`);
  const scored: UnitScore[] = [];
  const warnings: ScoringWarning[] = [];
  const categoryOf = new Map<string, string>();
  for (const categoryId of ranking.categories) {
    const plan = plans.get(categoryId);
    if (plan === undefined) throw new ScoringError('unknown-category', `scheme ${model.id} has no category "${categoryId}"`);
    const units = input.units.filter((unit) => unit.categoryId === categoryId).sort(byId);
    for (const unit of units) categoryOf.set(unit.id, categoryId);
    const ids = new Set(units.map((unit) => unit.id));
    const part = scoreUnitsOf({
      model,
      plan,
      units,
      facts: input.facts.filter((fact) => ids.has(fact.unitId)),
      asOf: input.asOf,
      cycleYear: input.cycleYear,
      amendment: input.workingDayAmendment,
      watched: grading,
    });
    scored.push(...part.scored);
    warnings.push(...part.warnings);
  }
  const ranked = rankAndGrade({ grading, scored, previous: input.previous, categoryOf });
  const group = { id: ranking.id, label: ranking.label, units: ranked.units.length };
  const member = input.categoryId === undefined ? undefined : model.categories.find((category) => category.id === input.categoryId);
  if (input.categoryId !== undefined && (member === undefined || !ranking.categories.includes(member.id))) {
    throw new ScoringError('unknown-category', `ranking group ${ranking.id} has no category "${input.categoryId}"`);
  }
  const units = member === undefined ? ranked.units : ranked.units.filter((unit) => unit.categoryId === member.id);
  const unitIds = new Set(units.map((unit) => unit.unitId));
  return {
    schemeId: model.id,
    schemeVersion: model.version,
    categoryId: member?.id ?? ranking.id,
    label: member?.label ?? ranking.label,
    ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
    units,
    grades: ranked.grades,
    warnings: (member === undefined ? warnings : warnings.filter((warning) => warning.unitId === undefined || unitIds.has(warning.unitId))).sort(byWarningOrder),
    ranking: group,
  };
};
