import { type Dec, ZERO, percent } from '../decimal/decimal';
import {
  type RankingModel,
  type AdjustmentModel,
  type CalendarModel,
  type CategoryModel,
  type DeadlineModel,
  type GradeModel,
  type GradeUseModel,
  type Label,
  METHOD_KINDS,
  type MethodModel,
  type NodeModel,
  type PeriodModel,
  type PeriodShareModel,
  type PhaseModel,
  type RaterFilter,
  type ResultsFlagModel,
  type ResultsUseModel,
  type ScaleModel,
  type SchemeModel,
  type Share,
  type NamedModel,
  type TargetModel,
  type VetoModel,
} from '../scheme/scheme.model';
import { DEADLINE_KINDS, PHASE_IDS, UNIT_LEVELS, type PhaseId } from '../scheme/scheme.types';
import { DocumentReader, type Fields, at, atIndex, isRecord } from './document-reader';

const NO_LABEL: Label = { 'zh-CN': '', en: '' };

/** Reads a parsed scheme document into the normalized model, recording structural problems. */
export const readScheme = (input: unknown, reader: DocumentReader): SchemeModel | undefined => {
  const fields = reader.object(input, '', [
    'id',
    'name',
    'version',
    'cycle',
    'description',
    'periods',
    'scales',
    'sources',
    'raterRoles',
    'calendar',
    'categories',
    'rankings',
  ]);
  if (fields === undefined) return undefined;
  return {
    id: reader.id(fields, 'id', ''),
    name: reader.label(fields, 'name', '', { required: true }) ?? NO_LABEL,
    version: reader.integer(fields, 'version', '', { required: true, min: 1 }) ?? 1,
    cycle: reader.integer(fields, 'cycle', '', { min: 1900 }),
    description: reader.label(fields, 'description', ''),
    periods: reader
      .list(fields, 'periods', '', { required: true, nonEmpty: true })
      .map((item, index) => readPeriod(item, atIndex('periods', index), reader))
      .filter((period): period is PeriodModel => period !== undefined),
    scales: readScales(fields, reader),
    sources: readNamed(fields, 'sources', reader),
    raterRoles: readNamed(fields, 'raterRoles', reader),
    calendar: readCalendar(reader.record(fields, 'calendar', ''), reader),
    categories: reader
      .list(fields, 'categories', '', { required: true, nonEmpty: true })
      .map((item, index) => readCategory(item, atIndex('categories', index), reader))
      .filter((category): category is CategoryModel => category !== undefined),
    rankings: reader.list(fields, 'rankings', '').flatMap((item, index): RankingModel[] => {
      const path = atIndex('rankings', index);
      const ranking = reader.object(item, path, ['id', 'label', 'categories']);
      if (ranking === undefined) return [];
      return [
        {
          path,
          id: reader.id(ranking, 'id', path),
          label: reader.label(ranking, 'label', path, { required: true }) ?? NO_LABEL,
          categories: reader.idList(ranking, 'categories', path, { required: true }) ?? [],
        },
      ];
    }),
  };
};

const readPeriod = (value: unknown, path: string, reader: DocumentReader): PeriodModel | undefined => {
  const fields = reader.object(value, path, ['id', 'label', 'signOff']);
  if (fields === undefined) return undefined;
  return {
    path,
    id: reader.id(fields, 'id', path),
    label: reader.label(fields, 'label', path, { required: true }) ?? NO_LABEL,
    signOff: reader.boolean(fields, 'signOff', path),
  };
};

const readScales = (fields: Fields, reader: DocumentReader): ReadonlyMap<string, ScaleModel> => {
  const scales = new Map<string, ScaleModel>();
  const record = reader.record(fields, 'scales', '');
  if (record === undefined) return scales;
  for (const [id, value] of Object.entries(record)) {
    const path = at('scales', id);
    const scale = reader.object(value, path, ['label', 'levels']);
    if (scale === undefined) continue;
    const levels = reader.list(scale, 'levels', path, { required: true, nonEmpty: true }).flatMap((item, index) => {
      const levelPath = atIndex(at(path, 'levels'), index);
      const level = reader.object(item, levelPath, ['id', 'label', 'percent', 'upTo']);
      if (level === undefined) return [];
      const share = reader.decimal(level, 'percent', levelPath, { required: true, nonNegative: true }) ?? ZERO;
      if (share.greaterThan(100)) {
        reader.report('out-of-range', at(levelPath, 'percent'), { value: share.toString(), range: '0–100' });
      }
      const upTo = reader.decimal(level, 'upTo', levelPath, { nonNegative: true });
      if (upTo?.greaterThan(100) === true) reader.report('out-of-range', at(levelPath, 'upTo'), { value: upTo.toString(), range: '0–100' });
      if (upTo?.lessThan(share) === true) reader.report('range-order', at(levelPath, 'upTo'), { upTo: upTo.toString(), percent: share.toString() });
      return [
        {
          id: reader.id(level, 'id', levelPath),
          label: reader.label(level, 'label', levelPath, { required: true }) ?? NO_LABEL,
          ...(upTo === undefined ? {} : { upTo: percent(upTo) }),
          ratio: percent(share),
        },
      ];
    });
    scales.set(id, { path, id, label: reader.label(scale, 'label', path), levels });
  }
  return scales;
};

/** A list of named ids (`sources`, `raterRoles`): each an id and its label, no id twice. */
const readNamed = (fields: Fields, name: 'sources' | 'raterRoles', reader: DocumentReader): ReadonlyMap<string, NamedModel> => {
  const named = new Map<string, NamedModel>();
  reader.list(fields, name, '').forEach((item, index) => {
    const path = atIndex(name, index);
    const entry = reader.object(item, path, ['id', 'label']);
    if (entry === undefined) return;
    const id = reader.id(entry, 'id', path);
    const label = reader.label(entry, 'label', path, { required: true }) ?? NO_LABEL;
    if (named.has(id)) reader.report('duplicate-id', at(path, 'id'), { id, first: named.get(id)?.path ?? '' });
    else named.set(id, { path, id, label });
  });
  return named;
};

const readCategory = (value: unknown, path: string, reader: DocumentReader): CategoryModel | undefined => {
  const fields = reader.object(value, path, [
    'id',
    'label',
    'total',
    'floor',
    'parts',
    'unitLevels',
    'bonuses',
    'deductions',
    'vetoes',
    'grading',
    'resultsUse',
  ]);
  if (fields === undefined) return undefined;
  reader.list(fields, 'unitLevels', path, { nonEmpty: true }).forEach((level, index) => {
    if (typeof level !== 'string' || !UNIT_LEVELS.some((known) => known === level)) {
      reader.report('out-of-range', atIndex(at(path, 'unitLevels'), index), { value: String(level), range: UNIT_LEVELS.join(' | ') });
    }
  });
  const total = reader.decimal(fields, 'total', path, { required: true, nonNegative: true }) ?? ZERO;
  if (total.isZero()) reader.report('out-of-range', at(path, 'total'), { value: '0', range: '> 0' });
  const grading = reader.record(fields, 'grading', path, { required: true });
  return {
    path,
    id: reader.id(fields, 'id', path),
    label: reader.label(fields, 'label', path, { required: true }) ?? NO_LABEL,
    total,
    floor: reader.decimal(fields, 'floor', path),
    parts: reader
      .list(fields, 'parts', path, { required: true, nonEmpty: true })
      .map((item, index) => readNode(item, atIndex(at(path, 'parts'), index), reader))
      .filter((node): node is NodeModel => node !== undefined),
    bonuses: readAdjustment(reader.record(fields, 'bonuses', path), at(path, 'bonuses'), reader),
    deductions: readAdjustment(reader.record(fields, 'deductions', path), at(path, 'deductions'), reader),
    vetoes: reader
      .list(fields, 'vetoes', path)
      .map((item, index) => readVeto(item, atIndex(at(path, 'vetoes'), index), reader))
      .filter((veto): veto is VetoModel => veto !== undefined),
    grades: grading === undefined ? [] : readGrades(grading, at(path, 'grading'), reader),
    resultsUse: readResultsUse(reader.record(fields, 'resultsUse', path), at(path, 'resultsUse'), reader),
  };
};

const readShare = (fields: Fields, path: string, reader: DocumentReader): Share | undefined => {
  const weight = reader.decimal(fields, 'weight', path, { nonNegative: true });
  const points = reader.decimal(fields, 'points', path, { nonNegative: true });
  if (weight !== undefined && points !== undefined) reader.report('share-both', path);
  if (weight !== undefined) return { kind: 'weight', value: weight };
  if (points !== undefined) return { kind: 'points', value: points };
  return undefined;
};

const NODE_FIELDS = [
  'id',
  'label',
  'weight',
  'points',
  'scale',
  'period',
  'periods',
  'tracking',
  'subject',
  'provider',
  'deadline',
  'children',
  'method',
] as const;

const readNode = (value: unknown, path: string, reader: DocumentReader): NodeModel | undefined => {
  const fields = reader.object(value, path, NODE_FIELDS);
  if (fields === undefined) return undefined;
  const hasChildren = fields['children'] !== undefined;
  const hasMethod = fields['method'] !== undefined;
  if (hasChildren === hasMethod) reader.report('node-shape', path);
  if (fields['period'] !== undefined && fields['periods'] !== undefined) reader.report('period-conflict', path);
  const scale = reader.decimal(fields, 'scale', path, { nonNegative: true });
  if (scale?.isZero() === true) reader.report('out-of-range', at(path, 'scale'), { value: '0', range: '> 0' });
  return {
    path,
    id: reader.id(fields, 'id', path),
    label: reader.label(fields, 'label', path, { required: true }) ?? NO_LABEL,
    share: readShare(fields, path, reader),
    scale,
    period: reader.string(fields, 'period', path),
    periods:
      fields['periods'] === undefined
        ? undefined
        : reader
            .list(fields, 'periods', path, { nonEmpty: true })
            .map((item, index) => readPeriodShare(item, atIndex(at(path, 'periods'), index), reader))
            .filter((share): share is PeriodShareModel => share !== undefined),
    tracking: fields['tracking'] === undefined ? undefined : reader.idList(fields, 'tracking', path),
    subject: reader.string(fields, 'subject', path),
    provider: reader.string(fields, 'provider', path),
    deadline: reader.string(fields, 'deadline', path),
    children: reader
      .list(fields, 'children', path, { nonEmpty: hasChildren })
      .map((item, index) => readNode(item, atIndex(at(path, 'children'), index), reader))
      .filter((node): node is NodeModel => node !== undefined),
    method: hasMethod ? readMethod(fields['method'], at(path, 'method'), reader) : undefined,
  };
};

const readPeriodShare = (value: unknown, path: string, reader: DocumentReader): PeriodShareModel | undefined => {
  const fields = reader.object(value, path, ['period', 'weight', 'points']);
  if (fields === undefined) return undefined;
  return { path, period: reader.string(fields, 'period', path, { required: true }) ?? '', share: readShare(fields, path, reader) };
};

const METHOD_FIELDS: Readonly<Record<MethodModel['kind'], readonly string[]>> = {
  proportional: ['kind', 'direction', 'target', 'unit'],
  rating: ['kind', 'scale', 'fromProjects', 'roles', 'raterWeights'],
  points: ['kind', 'outOf', 'roles', 'raterWeights'],
  score: ['kind', 'outOf'],
  survey: ['kind', 'scale', 'tiers'],
  deduction: ['kind', 'outOf'],
};

const readMethod = (value: unknown, path: string, reader: DocumentReader): MethodModel | undefined => {
  if (!isRecord(value)) {
    reader.report('not-an-object', path);
    return undefined;
  }
  const kind = METHOD_KINDS.find((known) => known === value['kind']);
  if (kind === undefined) {
    if (value['kind'] === undefined) reader.report('required', at(path, 'kind'), { field: 'kind' });
    else reader.report('unknown-method', at(path, 'kind'), { value: String(value['kind']), known: METHOD_KINDS.join(', ') });
    return undefined;
  }
  const fields = reader.object(value, path, METHOD_FIELDS[kind]);
  if (fields === undefined) return undefined;
  const outOf = (): Dec | undefined => {
    const result = reader.decimal(fields, 'outOf', path, { nonNegative: true });
    if (result?.isZero() === true) reader.report('out-of-range', at(path, 'outOf'), { value: '0', range: '> 0' });
    return result;
  };
  switch (kind) {
    case 'proportional':
      return {
        kind,
        direction: reader.oneOf(fields, 'direction', path, ['higher', 'lower'] as const) ?? 'higher',
        target: readTarget(fields, path, reader),
        unit: reader.label(fields, 'unit', path),
      };
    case 'rating': {
      const fromProjects = reader.string(fields, 'fromProjects', path);
      return {
        kind,
        scale: reader.string(fields, 'scale', path, { required: true }) ?? '',
        raters: readRaters(fields, path, reader),
        ...(fromProjects === undefined ? {} : { fromProjects }),
      };
    }
    case 'points':
      return { kind, outOf: outOf(), raters: readRaters(fields, path, reader) };
    case 'score':
      return { kind, outOf: outOf() };
    case 'survey':
      return {
        kind,
        scale: reader.string(fields, 'scale', path),
        tiers: reader.list(fields, 'tiers', path).flatMap((item, index) => {
          const tierPath = atIndex(at(path, 'tiers'), index);
          const tier = reader.object(item, tierPath, ['min', 'percent']);
          if (tier === undefined) return [];
          return [
            {
              min: percent(reader.decimal(tier, 'min', tierPath, { required: true, nonNegative: true }) ?? ZERO),
              ratio: percent(reader.decimal(tier, 'percent', tierPath, { required: true, nonNegative: true }) ?? ZERO),
            },
          ];
        }),
      };
    case 'deduction':
      return { kind, outOf: outOf() };
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
};

const readTarget = (fields: Fields, path: string, reader: DocumentReader): TargetModel => {
  const value = fields['target'];
  if (value === undefined || value === null) return { kind: 'none' };
  if (!isRecord(value)) {
    const single = reader.decimalValue(value, at(path, 'target'));
    return single === undefined ? { kind: 'none' } : { kind: 'single', value: single };
  }
  const values = new Map<string, Dec>();
  for (const [period, target] of Object.entries(value)) {
    const decimal = reader.decimalValue(target, at(at(path, 'target'), period));
    if (decimal !== undefined) values.set(period, decimal);
  }
  return { kind: 'per-period', values };
};

const readRaters = (fields: Fields, path: string, reader: DocumentReader): RaterFilter => {
  const weights = reader.record(fields, 'raterWeights', path);
  let raterWeights: Map<string, Dec> | undefined;
  if (weights !== undefined) {
    raterWeights = new Map();
    for (const [role, weight] of Object.entries(weights)) {
      const decimal = reader.decimalValue(weight, at(at(path, 'raterWeights'), role), { nonNegative: true });
      if (decimal !== undefined) raterWeights.set(role, decimal);
    }
  }
  return { roles: reader.idList(fields, 'roles', path), raterWeights };
};

const readAdjustment = (fields: Fields | undefined, path: string, reader: DocumentReader): AdjustmentModel | undefined => {
  if (fields === undefined) return undefined;
  reader.object(fields, path, ['rules', 'caps', 'max']);
  return {
    path,
    rules: reader.list(fields, 'rules', path, { required: true }).flatMap((item, index) => {
      const rulePath = atIndex(at(path, 'rules'), index);
      const rule = reader.object(item, rulePath, ['id', 'label', 'points', 'per']);
      if (rule === undefined) return [];
      return [
        {
          path: rulePath,
          id: reader.id(rule, 'id', rulePath),
          label: reader.label(rule, 'label', rulePath, { required: true }) ?? NO_LABEL,
          points: reader.decimal(rule, 'points', rulePath, { nonNegative: true }),
          per: reader.oneOf(rule, 'per', rulePath, ['item', 'person'] as const) ?? 'item',
        },
      ];
    }),
    caps: reader.list(fields, 'caps', path).flatMap((item, index) => {
      const capPath = atIndex(at(path, 'caps'), index);
      const cap = reader.object(item, capPath, ['id', 'label', 'max', 'rules', 'sources', 'eachSource']);
      if (cap === undefined) return [];
      return [
        {
          path: capPath,
          id: reader.id(cap, 'id', capPath),
          label: reader.label(cap, 'label', capPath),
          max: readCapMax(cap, capPath, reader),
          rules: reader.idList(cap, 'rules', capPath),
          sources: reader.idList(cap, 'sources', capPath),
          eachSource: reader.boolean(cap, 'eachSource', capPath),
        },
      ];
    }),
    max: fields['max'] === undefined ? undefined : readCapMax(fields, path, reader),
  };
};

const readCapMax = (fields: Fields, path: string, reader: DocumentReader): Dec => {
  const max = reader.decimal(fields, 'max', path, { required: true }) ?? ZERO;
  if (max.isNeg()) reader.report('negative-cap', at(path, 'max'), { value: max.toString() });
  return max;
};

const readVeto = (value: unknown, path: string, reader: DocumentReader): VetoModel | undefined => {
  const fields = reader.object(value, path, ['id', 'label', 'forceGrade', 'barGrades']);
  if (fields === undefined) return undefined;
  const forceGrade = reader.string(fields, 'forceGrade', path);
  const barGrades = reader.idList(fields, 'barGrades', path) ?? [];
  if (forceGrade === undefined && barGrades.length === 0) reader.report('veto-effect', path);
  return {
    path,
    id: reader.id(fields, 'id', path),
    label: reader.label(fields, 'label', path, { required: true }) ?? NO_LABEL,
    forceGrade,
    barGrades,
  };
};

const readGrades = (fields: Fields, path: string, reader: DocumentReader): readonly GradeModel[] => {
  reader.object(fields, path, ['grades']);
  return reader.list(fields, 'grades', path, { required: true, nonEmpty: true }).flatMap((item, index) => {
    const gradePath = atIndex(at(path, 'grades'), index);
    const grade = reader.object(item, gradePath, ['id', 'label', 'min', 'quota']);
    if (grade === undefined) return [];
    const quotaFields = reader.record(grade, 'quota', gradePath);
    const quotaPath = at(gradePath, 'quota');
    const quota =
      quotaFields === undefined
        ? undefined
        : (() => {
            reader.object(quotaFields, quotaPath, ['share', 'count']);
            const share = reader.decimal(quotaFields, 'share', quotaPath, { nonNegative: true });
            const count = reader.integer(quotaFields, 'count', quotaPath, { min: 0 });
            if ((share === undefined) === (count === undefined)) reader.report('quota-shape', quotaPath);
            return { share, count };
          })();
    return [
      {
        path: gradePath,
        id: reader.id(grade, 'id', gradePath),
        label: reader.label(grade, 'label', gradePath, { required: true }) ?? NO_LABEL,
        min: reader.decimal(grade, 'min', gradePath),
        quota,
      },
    ];
  });
};

const readResultsUse = (fields: Fields | undefined, path: string, reader: DocumentReader): ResultsUseModel | undefined => {
  if (fields === undefined) return undefined;
  reader.object(fields, path, ['grades', 'flags']);
  const grades = new Map<string, GradeUseModel & { path: string }>();
  const gradeFields = reader.record(fields, 'grades', path);
  for (const [gradeId, value] of Object.entries(gradeFields ?? {})) {
    const gradePath = at(at(path, 'grades'), gradeId);
    const use = reader.object(value, gradePath, ['payFactor', 'excellenceRatio', 'actions']);
    if (use === undefined) continue;
    grades.set(gradeId, {
      path: gradePath,
      payFactor: reader.decimal(use, 'payFactor', gradePath),
      excellenceRatio: reader.decimal(use, 'excellenceRatio', gradePath, { nonNegative: true }),
      actions: reader
        .list(use, 'actions', gradePath)
        .map((action, index) => reader.labelValue(action, atIndex(at(gradePath, 'actions'), index)))
        .filter((label): label is Label => label !== undefined),
    });
  }
  const flags = reader.list(fields, 'flags', path).flatMap((item, index): ResultsFlagModel[] => {
    const flagPath = atIndex(at(path, 'flags'), index);
    if (!isRecord(item)) {
      reader.report('not-an-object', flagPath);
      return [];
    }
    const base = (known: readonly string[]) => {
      const flag = reader.object(item, flagPath, ['id', 'label', 'kind', ...known]);
      return {
        flag: flag ?? {},
        head: {
          path: flagPath,
          id: reader.id(item, 'id', flagPath),
          label: reader.label(item, 'label', flagPath, { required: true }) ?? NO_LABEL,
        },
      };
    };
    switch (item['kind']) {
      case 'consecutive-grade': {
        const { flag, head } = base(['grade', 'years']);
        return [
          {
            ...head,
            kind: 'consecutive-grade',
            grade: reader.string(flag, 'grade', flagPath, { required: true }) ?? '',
            years: reader.integer(flag, 'years', flagPath, { required: true, min: 2 }) ?? 2,
          },
        ];
      }
      case 'bottom-ranks': {
        const { flag, head } = base(['count', 'below']);
        return [
          {
            ...head,
            kind: 'bottom-ranks',
            count: reader.integer(flag, 'count', flagPath, { required: true, min: 1 }) ?? 1,
            below: reader.decimal(flag, 'below', flagPath),
          },
        ];
      }
      case 'ratio-below': {
        const { flag, head } = base(['node', 'percent']);
        return [
          {
            ...head,
            kind: 'ratio-below',
            node: reader.string(flag, 'node', flagPath, { required: true }) ?? '',
            ratio: percent(reader.decimal(flag, 'percent', flagPath, { required: true, nonNegative: true }) ?? ZERO),
          },
        ];
      }
      default:
        reader.report('out-of-range', at(flagPath, 'kind'), {
          value: String(item['kind']),
          range: 'consecutive-grade | bottom-ranks | ratio-below',
        });
        return [];
    }
  });
  return { path, grades, flags };
};

const readCalendar = (fields: Fields | undefined, reader: DocumentReader): CalendarModel => {
  if (fields === undefined) return { phases: [], deadlines: [] };
  reader.object(fields, 'calendar', ['phases', 'deadlines']);
  const phases: PhaseModel[] = [];
  const phaseFields = reader.record(fields, 'phases', 'calendar');
  for (const [key, value] of Object.entries(phaseFields ?? {})) {
    const path = at('calendar.phases', key);
    const id = PHASE_IDS.find((known): known is PhaseId => known === key);
    if (id === undefined) {
      reader.report('unknown-reference', path, { zh: '阶段', en: 'phase', id: key });
      continue;
    }
    const phase = reader.object(value, path, ['label', 'start', 'end']);
    if (phase === undefined) continue;
    phases.push({
      path,
      id,
      label: reader.label(phase, 'label', path),
      start: reader.string(phase, 'start', path, { required: true }) ?? '',
      end: reader.string(phase, 'end', path, { required: true }) ?? '',
    });
  }
  const deadlines = reader.list(fields, 'deadlines', 'calendar').flatMap((item, index): DeadlineModel[] => {
    const path = atIndex('calendar.deadlines', index);
    const deadline = reader.object(item, path, ['id', 'label', 'kind', 'period', 'due', 'remind']);
    if (deadline === undefined) return [];
    const remind = reader.list(deadline, 'remind', path).flatMap((days, dayIndex) => {
      if (typeof days === 'number' && Number.isInteger(days) && days >= 0) return [days];
      reader.report('not-an-integer', atIndex(at(path, 'remind'), dayIndex), { value: String(days) });
      return [];
    });
    return [
      {
        path,
        id: reader.id(deadline, 'id', path),
        label: reader.label(deadline, 'label', path),
        kind: reader.oneOf(deadline, 'kind', path, DEADLINE_KINDS, { required: true }) ?? 'data',
        period: reader.string(deadline, 'period', path),
        due: reader.string(deadline, 'due', path, { required: true }) ?? '',
        remind,
      },
    ];
  });
  phases.sort((a, b) => PHASE_IDS.indexOf(a.id) - PHASE_IDS.indexOf(b.id));
  return { phases, deadlines };
};
