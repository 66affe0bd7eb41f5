import { type Dec, HUNDRED, ZERO, sum } from '../decimal/decimal';
import { resolveEntries } from '../calendar/calendar';
import type {
  AdjustmentModel,
  CategoryModel,
  GradeModel,
  NodeModel,
  RaterFilter,
  PeriodShareModel,
  SchemeModel,
  Share,
} from '../scheme/scheme.model';
import { ownScale } from '../scheme/own-scale';
import { PHASE_IDS } from '../scheme/scheme.types';
import { type DocumentReader, at } from './document-reader';

type Check = Readonly<{ scheme: SchemeModel; reader: DocumentReader }>;

/** The semantic rules: sums, references, orders, caps, quotas, calendar. */
export const checkScheme = (scheme: SchemeModel, reader: DocumentReader): void => {
  const check: Check = { scheme, reader };
  checkUnique(check, scheme.periods);
  for (const scale of scheme.scales.values()) checkUnique(check, scale.levels.map((level, index) => ({ ...level, path: `${scale.path}.levels[${index}]` })));
  checkUnique(check, scheme.categories);
  checkUnique(check, scheme.calendar.deadlines);
  checkCalendar(check);
  for (const category of scheme.categories) checkCategory(check, category);
  checkRankings(check);
};

// A ranking group grades its units together: its categories exist, belong to one group only, and
// share their grades (the first category's grading applies to all).
const checkRankings = (check: Check): void => {
  const { scheme, reader } = check;
  checkUnique(check, [...scheme.categories, ...scheme.rankings]);
  const grouped = new Map<string, string>();
  for (const ranking of scheme.rankings) {
    if (ranking.categories.length === 0) reader.report('empty-list', at(ranking.path, 'categories'));
    const first = scheme.categories.find((category) => category.id === ranking.categories[0]);
    ranking.categories.forEach((categoryId, index) => {
      const path = `${at(ranking.path, 'categories')}[${index}]`;
      const category = scheme.categories.find((candidate) => candidate.id === categoryId);
      if (category === undefined) {
        reader.report('unknown-reference', path, { zh: '类别', en: 'category', id: categoryId });
        return;
      }
      const already = grouped.get(categoryId);
      if (already !== undefined) reader.report('ranking-overlap', path, { category: categoryId, first: already });
      else grouped.set(categoryId, ranking.id);
      const grades = (of: CategoryModel): string => of.grades.map((grade) => grade.id).join('\u0000');
      if (first !== undefined && grades(category) !== grades(first)) {
        reader.report('ranking-grades', path, { category: categoryId, first: first.id });
      }
    });
  }
};

const checkUnique = (check: Check, items: readonly Readonly<{ id: string; path: string }>[]): void => {
  const seen = new Map<string, string>();
  for (const item of items) {
    if (item.id === '') continue;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, item.path);
    else check.reader.report('duplicate-id', at(item.path, 'id'), { id: item.id, first });
  }
};

const allNodes = (nodes: readonly NodeModel[]): readonly NodeModel[] =>
  nodes.flatMap((node) => [node, ...allNodes(node.children)]);

const checkCategory = (check: Check, category: CategoryModel): void => {
  const nodes = allNodes(category.parts);
  checkUnique(check, nodes);
  checkUnique(check, category.vetoes);
  checkUnique(check, category.grades);
  checkUnique(check, category.resultsUse?.flags ?? []);
  checkSiblingShares(check, { siblings: category.parts, expected: category.total, path: at(category.path, 'parts') });
  for (const node of nodes) checkNode(check, node);
  for (const adjustment of [category.bonuses, category.deductions]) {
    if (adjustment !== undefined) checkAdjustment(check, adjustment);
  }
  checkVetoes(check, category);
  checkGrading(check, category);
  checkResultsUse(check, category, new Set(nodes.map((node) => node.id)));
};

const checkSiblingShares = (
  check: Check,
  group: Readonly<{ siblings: readonly Readonly<{ path: string; share: Share | undefined }>[]; expected: Dec; path: string }>,
  codes: Readonly<{ weights: 'weights-sum' | 'period-weights-sum'; points: 'points-sum' | 'period-points-sum' }> = {
    weights: 'weights-sum',
    points: 'points-sum',
  },
): void => {
  const shares = group.siblings.map((sibling) => {
    if (sibling.share === undefined) check.reader.report('share-missing', sibling.path);
    return sibling.share;
  });
  const present = shares.filter((share): share is Share => share !== undefined);
  if (present.length === 0) return;
  const kinds = new Set(present.map((share) => share.kind));
  if (kinds.size > 1) {
    check.reader.report('mixed-shares', group.path);
    return;
  }
  if (present.length !== shares.length) return;
  const total = sum(present.map((share) => share.value));
  if (kinds.has('weight') && !total.equals(HUNDRED)) {
    check.reader.report(codes.weights, group.path, { sum: total.toString() });
  }
  if (kinds.has('points') && !total.equals(group.expected)) {
    check.reader.report(codes.points, group.path, { sum: total.toString(), expected: group.expected.toString() });
  }
};

const checkNode = (check: Check, node: NodeModel): void => {
  const { scheme, reader } = check;
  const periodIds = new Set(scheme.periods.map((period) => period.id));
  if (node.children.length > 0) {
    checkSiblingShares(check, { siblings: node.children, expected: ownScale(node), path: at(node.path, 'children') });
  }
  if (node.period !== undefined && !periodIds.has(node.period)) {
    reader.report('unknown-reference', at(node.path, 'period'), { zh: '考评期', en: 'period', id: node.period });
  }
  if (node.periods !== undefined) checkPeriodShares(check, node, node.periods);
  (node.tracking ?? []).forEach((period, index) => {
    if (!periodIds.has(period)) reader.report('unknown-reference', `${at(node.path, 'tracking')}[${index}]`, { zh: '考评期', en: 'period', id: period });
  });
  if (node.provider !== undefined && !scheme.sources.has(node.provider)) {
    reader.report('unknown-reference', at(node.path, 'provider'), { zh: '数据来源单位', en: 'source', id: node.provider });
  }
  if (node.deadline !== undefined && !scheme.calendar.deadlines.some((deadline) => deadline.id === node.deadline)) {
    reader.report('unknown-reference', at(node.path, 'deadline'), { zh: '截止时间', en: 'deadline', id: node.deadline });
  }
  checkMethod(check, node);
};

const checkPeriodShares = (check: Check, node: NodeModel, periods: readonly PeriodShareModel[]): void => {
  const known = new Set(check.scheme.periods.map((period) => period.id));
  checkUnique(
    check,
    periods.map((share) => ({ id: share.period, path: share.path })),
  );
  for (const share of periods) {
    if (share.period !== '' && !known.has(share.period)) {
      check.reader.report('unknown-reference', at(share.path, 'period'), { zh: '考评期', en: 'period', id: share.period });
    }
  }
  // A list without weights or points is a plain average (monthly assessments).
  if (periods.every((share) => share.share === undefined)) return;
  checkSiblingShares(
    check,
    { siblings: periods, expected: ownScale(node), path: at(node.path, 'periods') },
    { weights: 'period-weights-sum', points: 'period-points-sum' },
  );
};

const checkMethod = (check: Check, node: NodeModel): void => {
  const { scheme, reader } = check;
  const method = node.method;
  if (method === undefined) return;
  const path = at(node.path, 'method');
  const periodIds = new Set(scheme.periods.map((period) => period.id));
  const scaleRef = (scale: string | undefined): void => {
    if (scale !== undefined && scale !== '' && !scheme.scales.has(scale)) {
      reader.report('unknown-reference', at(path, 'scale'), { zh: '评价等级表', en: 'scale', id: scale });
    }
  };
  switch (method.kind) {
    case 'proportional':
      if (method.target.kind === 'per-period') {
        for (const period of method.target.values.keys()) {
          if (!periodIds.has(period)) {
            reader.report('unknown-reference', at(at(path, 'target'), period), { zh: '考评期', en: 'period', id: period });
          }
        }
      }
      return;
    case 'rating':
      scaleRef(method.scale);
      checkRaters(check, { raters: method.raters, path });
      if (method.fromProjects !== undefined) checkFromProjects(check, { scale: method.scale, categoryId: method.fromProjects, path: at(path, 'fromProjects') });
      return;
    case 'points':
      checkRaters(check, { raters: method.raters, path });
      return;
    case 'survey':
      scaleRef(method.scale);
      method.tiers.forEach((tier, index) => {
        const previous = method.tiers[index - 1];
        if (previous !== undefined && !tier.min.lessThan(previous.min)) {
          reader.report('tiers-order', `${path}.tiers[${index}].min`, {
            value: tier.min.times(HUNDRED).toString(),
            previous: previous.min.times(HUNDRED).toString(),
          });
        }
      });
      return;
    case 'score':
    case 'deduction':
      return;
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};

// A rating from projects names a category (of project units: the lifecycle takes level-project units only) whose every grade is a level of the
// indicator's scale (the grade gives the level; a range level places the project's total in its band).
const checkFromProjects = (check: Check, input: Readonly<{ scale: string; categoryId: string; path: string }>): void => {
  const { scheme, reader } = check;
  const category = scheme.categories.find((candidate) => candidate.id === input.categoryId);
  if (category === undefined) {
    reader.report('unknown-reference', input.path, { zh: '类别', en: 'category', id: input.categoryId });
    return;
  }
  const levels = new Set(scheme.scales.get(input.scale)?.levels.map((level) => level.id) ?? []);
  const missing = category.grades.filter((grade) => !levels.has(grade.id)).map((grade) => grade.id);
  if (missing.length > 0 || category.grades.length === 0) reader.report('project-grades', input.path, { category: input.categoryId, missing: missing.join(', ') });
};

// The roles a method lists (and weighs) are the scheme's named rater roles, once it names any; the weights make 100 %.
const checkRaters = (check: Check, input: Readonly<{ raters: RaterFilter; path: string }>): void => {
  const { scheme, reader } = check;
  const { roles, raterWeights } = input.raters;
  const named = (role: string, path: string): void => {
    if (scheme.raterRoles.size > 0 && !scheme.raterRoles.has(role)) reader.report('unknown-reference', path, { zh: '评价人角色', en: 'rater role', id: role });
  };
  roles?.forEach((role, index) => named(role, `${at(input.path, 'roles')}[${index}]`));
  for (const role of raterWeights?.keys() ?? []) named(role, at(at(input.path, 'raterWeights'), role));
  if (raterWeights === undefined) return;
  const total = sum([...raterWeights.values()]);
  if (!total.equals(HUNDRED)) reader.report('rater-weights-sum', at(input.path, 'raterWeights'), { sum: total.toString() });
};

const checkAdjustment = (check: Check, adjustment: AdjustmentModel): void => {
  const { scheme, reader } = check;
  checkUnique(check, adjustment.rules);
  checkUnique(check, adjustment.caps);
  const ruleIds = new Set(adjustment.rules.map((rule) => rule.id));
  for (const cap of adjustment.caps) {
    cap.rules?.forEach((rule, index) => {
      if (!ruleIds.has(rule)) reader.report('unknown-reference', `${cap.path}.rules[${index}]`, { zh: '加减分规则', en: 'rule', id: rule });
    });
    cap.sources?.forEach((source, index) => {
      if (!scheme.sources.has(source)) {
        reader.report('unknown-reference', `${cap.path}.sources[${index}]`, { zh: '来源单位', en: 'source', id: source });
      }
    });
  }
  checkOverlappingCaps(check, adjustment);
};

// Each (rule, source) item falls under at most one cap; the overall max then applies to the sum.
const checkOverlappingCaps = (check: Check, adjustment: AdjustmentModel): void => {
  const rules = adjustment.rules.map((rule) => rule.id);
  const sources = [...check.scheme.sources.keys(), ''];
  const owner = new Map<string, string>();
  const reported = new Set<string>();
  for (const cap of adjustment.caps) {
    for (const rule of cap.rules ?? rules) {
      for (const source of cap.sources ?? sources) {
        const key = `${rule}\u0000${source}`;
        const other = owner.get(key);
        if (other === undefined) owner.set(key, cap.id);
        else if (other !== cap.id && !reported.has(cap.id)) {
          reported.add(cap.id);
          check.reader.report('overlapping-caps', cap.path, { other });
        }
      }
    }
  }
};

const checkVetoes = (check: Check, category: CategoryModel): void => {
  const grades = new Set(category.grades.map((grade) => grade.id));
  for (const veto of category.vetoes) {
    if (veto.forceGrade !== undefined && !grades.has(veto.forceGrade)) {
      check.reader.report('unknown-reference', at(veto.path, 'forceGrade'), { zh: '等次', en: 'grade', id: veto.forceGrade });
    }
    veto.barGrades.forEach((grade, index) => {
      if (!grades.has(grade)) check.reader.report('unknown-reference', `${veto.path}.barGrades[${index}]`, { zh: '等次', en: 'grade', id: grade });
    });
  }
};

const checkGrading = (check: Check, category: CategoryModel): void => {
  const { reader } = check;
  let previousMin: GradeModel | undefined;
  let shares = ZERO;
  category.grades.forEach((grade, index) => {
    const last = index === category.grades.length - 1;
    if (last && index > 0 && (grade.min !== undefined || grade.quota !== undefined)) {
      reader.report('fallback-grade', grade.path);
    }
    if (grade.min !== undefined) {
      if (previousMin?.min !== undefined && !grade.min.lessThan(previousMin.min)) {
        reader.report('thresholds-order', at(grade.path, 'min'), { value: grade.min.toString(), previous: previousMin.min.toString() });
      }
      previousMin = grade;
    }
    if (grade.quota?.share !== undefined) {
      shares = shares.plus(grade.quota.share);
      if (shares.greaterThan(HUNDRED)) {
        reader.report('quota-over-100', `${grade.path}.quota.share`, { sum: shares.toString() });
      }
    }
  });
};

const checkResultsUse = (check: Check, category: CategoryModel, nodeIds: ReadonlySet<string>): void => {
  const use = category.resultsUse;
  if (use === undefined) return;
  const grades = new Set(category.grades.map((grade) => grade.id));
  for (const [gradeId, gradeUse] of use.grades) {
    if (!grades.has(gradeId)) check.reader.report('unknown-reference', gradeUse.path, { zh: '等次', en: 'grade', id: gradeId });
  }
  for (const flag of use.flags) {
    if (flag.kind === 'consecutive-grade' && !grades.has(flag.grade)) {
      check.reader.report('unknown-reference', at(flag.path, 'grade'), { zh: '等次', en: 'grade', id: flag.grade });
    }
    if (flag.kind === 'ratio-below' && !nodeIds.has(flag.node)) {
      check.reader.report('unknown-reference', at(flag.path, 'node'), { zh: '指标', en: 'indicator', id: flag.node });
    }
  }
};

// Month-day dates are checked in a reference year; their order does not depend on it.
const REFERENCE_YEAR = 2026;

const checkCalendar = (check: Check): void => {
  const { scheme, reader } = check;
  const calendar = scheme.calendar;
  const periodIds = new Set(scheme.periods.map((period) => period.id));
  const pathOf = new Map<string, string>();
  for (const phase of calendar.phases) {
    pathOf.set(`${phase.id}.start`, at(phase.path, 'start'));
    pathOf.set(`${phase.id}.end`, at(phase.path, 'end'));
  }
  for (const deadline of calendar.deadlines) {
    pathOf.set(deadline.id, at(deadline.path, 'due'));
    if (deadline.period !== undefined && !periodIds.has(deadline.period)) {
      reader.report('unknown-reference', at(deadline.path, 'period'), { zh: '考评期', en: 'period', id: deadline.period });
    }
  }
  const { dates, failures } = resolveEntries(calendar, scheme.cycle ?? REFERENCE_YEAR);
  for (const [key, failure] of failures) {
    const path = pathOf.get(key) ?? 'calendar';
    if (failure.reason === 'bad-date') reader.report('bad-date', path, { value: failure.detail });
    if (failure.reason === 'unknown-anchor') reader.report('unknown-reference', path, { zh: '日期锚点', en: 'calendar entry', id: failure.detail });
    if (failure.reason === 'cycle') reader.report('calendar-cycle', path, { chain: failure.detail });
  }
  let previous: Readonly<{ id: string; start: number }> | undefined;
  for (const phase of [...calendar.phases].sort((a, b) => PHASE_IDS.indexOf(a.id) - PHASE_IDS.indexOf(b.id))) {
    const start = dates.get(`${phase.id}.start`);
    const end = dates.get(`${phase.id}.end`);
    if (start !== undefined && end !== undefined && end < start) {
      reader.report('calendar-order', at(phase.path, 'end'), {
        zh: `阶段“${phase.id}”的结束早于开始`,
        en: `phase "${phase.id}" ends before it starts`,
      });
    }
    if (start !== undefined && previous !== undefined && start < previous.start) {
      reader.report('calendar-order', at(phase.path, 'start'), {
        zh: `阶段“${phase.id}”开始早于前一阶段“${previous.id}”`,
        en: `phase "${phase.id}" starts before the earlier phase "${previous.id}"`,
      });
    }
    if (start !== undefined) previous = { id: phase.id, start };
  }
  checkDeadlineOrder(check, dates);
};

// Deadlines of one kind follow the order of the periods they close.
const checkDeadlineOrder = (check: Check, dates: ReadonlyMap<string, number>): void => {
  const { scheme, reader } = check;
  const periodIndex = new Map(scheme.periods.map((period, index) => [period.id, index]));
  const byKind = new Map<string, { index: number; due: number; id: string }[]>();
  for (const deadline of scheme.calendar.deadlines) {
    const index = deadline.period === undefined ? undefined : periodIndex.get(deadline.period);
    const due = dates.get(deadline.id);
    if (index === undefined || due === undefined) continue;
    const list = byKind.get(deadline.kind) ?? [];
    const earlier = list.find((other) => other.index < index && other.due > due);
    if (earlier !== undefined) {
      reader.report('calendar-order', at(deadline.path, 'due'), {
        zh: `截止时间“${deadline.id}”早于前一期的“${earlier.id}”`,
        en: `deadline "${deadline.id}" falls before "${earlier.id}" of an earlier period`,
      });
    }
    list.push({ index, due, id: deadline.id });
    byKind.set(deadline.kind, list);
  }
};
