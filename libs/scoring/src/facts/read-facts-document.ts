import type { PreviousCycle, PreviousUnitResult } from '../engine/result.types';
import { DocumentReader, type Fields, at, atIndex, isRecord } from '../validation/document-reader';
import type { SchemeProblem } from '../validation/scheme-problem';
import { FACT_TYPES, type DocumentFactType, type Fact, type UnitIndicatorItem } from './fact.types';

/** A unit listed in a facts document, with the category it is graded in. */
export type FactsDocumentUnit = Readonly<{ id: string; name?: string; category: string }>;

/** The content of a facts document (docs/facts-format.md). */
export type FactsDocument = Readonly<{
  scheme?: string;
  cycleYear?: number;
  asOf?: string;
  units: readonly FactsDocumentUnit[];
  facts: readonly Fact[];
  previous: readonly PreviousCycle[];
}>;

export type ReadFactsResult =
  | Readonly<{ ok: true; document: FactsDocument }>
  | Readonly<{ ok: false; problems: readonly SchemeProblem[] }>;

const COMMON = ['id', 'type', 'unitId', 'recordedAt', 'supersedes'] as const;

/** Fields of each fact type: [required, optional]. Decimal fields are marked with a leading '#'. */
const SHAPES: Readonly<Record<DocumentFactType, readonly [readonly string[], readonly string[]]>> = {
  DataSubmitted: [['indicatorId', '#value'], ['period', 'item']],
  TargetSet: [['indicatorId', '#value'], ['period']],
  UnitIndicatorsAssigned: [['indicatorId', 'items'], []],
  RatingGiven: [['indicatorId', 'raterId', 'raterRole'], ['period', 'grade', '#points']],
  SurveyRecorded: [['indicatorId'], ['period', 'counts', '#rate', '#sampleSize']],
  DeductionApproved: [[], ['ruleId', 'indicatorId', 'source', '#amount', '#count', '#persons', 'period']],
  BonusApproved: [['ruleId'], ['source', '#amount', '#count']],
  VetoConfirmed: [['vetoId'], ['note']],
  PeriodSignedOff: [['period', 'signerId'], []],
  FactRevoked: [['revokes'], ['reason']],
};

const textOf = (value: unknown): string => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

const readFact = (value: unknown, path: string, reader: DocumentReader, fallbackId: string): Fact | undefined => {
  if (!isRecord(value)) {
    reader.report('not-an-object', path);
    return undefined;
  }
  const type = FACT_TYPES.find((known) => known === value['type']);
  if (type === undefined) {
    reader.report('out-of-range', at(path, 'type'), { value: String(value['type']), range: FACT_TYPES.join(' | ') });
    return undefined;
  }
  const [required, optional] = SHAPES[type];
  const names = [...required, ...optional].map((name) => name.replace('#', ''));
  const fields = reader.object(value, path, [...COMMON, ...names]);
  if (fields === undefined) return undefined;
  const fact: Record<string, unknown> = { type, id: textOf(fields['id']) === '' ? fallbackId : textOf(fields['id']) };
  reader.string(fields, 'unitId', path, { required: true });
  for (const name of ['unitId', 'recordedAt', 'supersedes']) {
    if (fields[name] !== undefined) fact[name] = textOf(fields[name]);
  }
  const readField = (spec: string, isRequired: boolean): void => {
    const name = spec.replace('#', '');
    if (fields[name] === undefined) {
      if (isRequired) reader.report('required', at(path, name), { field: name });
      return;
    }
    if (name === 'counts') {
      fact[name] = readCounts(fields, path, reader);
      return;
    }
    if (name === 'items') {
      fact[name] = readItems(fields, path, reader);
      return;
    }
    if (spec.startsWith('#')) reader.decimal(fields, name, path);
    else reader.string(fields, name, path);
    fact[name] = textOf(fields[name]);
  };
  for (const spec of required) readField(spec, true);
  for (const spec of optional) readField(spec, false);
  // The shape was checked field by field against SHAPES above.
  return fact as Fact;
};

const readCounts = (fields: Fields, path: string, reader: DocumentReader): Readonly<Record<string, string>> => {
  const counts: Record<string, string> = {};
  for (const [level, count] of Object.entries(reader.record(fields, 'counts', path) ?? {})) {
    reader.decimalValue(count, at(at(path, 'counts'), level), { nonNegative: true });
    counts[level] = textOf(count);
  }
  return counts;
};

const readItems = (fields: Fields, path: string, reader: DocumentReader): readonly UnitIndicatorItem[] =>
  reader.list(fields, 'items', path).flatMap((item, index): UnitIndicatorItem[] => {
    const itemPath = atIndex(at(path, 'items'), index);
    const itemFields = reader.object(item, itemPath, ['id', 'label', 'weight', 'target', 'direction']);
    if (itemFields === undefined) return [];
    reader.string(itemFields, 'id', itemPath, { required: true });
    reader.decimal(itemFields, 'weight', itemPath, { required: true, nonNegative: true });
    reader.decimal(itemFields, 'target', itemPath, { required: true });
    const direction = itemFields['direction'];
    if (direction !== undefined && direction !== 'higher' && direction !== 'lower') reader.report('out-of-range', at(itemPath, 'direction'), { value: String(direction), range: 'higher | lower' });
    return [
      {
        id: textOf(itemFields['id']),
        ...(itemFields['label'] === undefined ? {} : { label: textOf(itemFields['label']) }),
        weight: textOf(itemFields['weight']),
        target: textOf(itemFields['target']),
        ...(direction === 'lower' || direction === 'higher' ? { direction } : {}),
      },
    ];
  });

const readPrevious = (fields: Fields, reader: DocumentReader): readonly PreviousCycle[] =>
  reader.list(fields, 'previous', '').flatMap((item, index): PreviousCycle[] => {
    const path = atIndex('previous', index);
    const cycle = reader.object(item, path, ['cycleId', 'units']);
    if (cycle === undefined) return [];
    const units = reader.list(cycle, 'units', path, { required: true }).flatMap((unit, unitIndex): PreviousUnitResult[] => {
      const unitPath = atIndex(at(path, 'units'), unitIndex);
      const result = reader.object(unit, unitPath, ['unitId', 'rank', 'grade', 'total']);
      if (result === undefined) return [];
      const rank = reader.integer(result, 'rank', unitPath, { min: 1 });
      const grade = reader.string(result, 'grade', unitPath);
      const total = reader.decimal(result, 'total', unitPath);
      return [
        {
          unitId: reader.string(result, 'unitId', unitPath, { required: true }) ?? '',
          ...(rank === undefined ? {} : { rank }),
          ...(grade === undefined ? {} : { grade }),
          ...(total === undefined ? {} : { total: textOf(result['total']) }),
        },
      ];
    });
    return [{ cycleId: reader.string(cycle, 'cycleId', path, { required: true }) ?? '', units }];
  });

/**
 * Reads a parsed facts document: its units (with categories), facts, and earlier cycles'
 * results. Facts without an id get "#<index>". Every problem is listed with its path.
 */
export const readFactsDocument = (input: unknown): ReadFactsResult => {
  const reader = new DocumentReader();
  const fields = reader.object(input, '', ['scheme', 'cycleYear', 'asOf', 'units', 'facts', 'previous']);
  if (fields === undefined) return { ok: false, problems: reader.problems };
  const units = reader.list(fields, 'units', '', { required: true }).flatMap((item, index): FactsDocumentUnit[] => {
    const path = atIndex('units', index);
    const unit = reader.object(item, path, ['id', 'name', 'category']);
    if (unit === undefined) return [];
    const name = reader.string(unit, 'name', path);
    return [
      {
        id: reader.string(unit, 'id', path, { required: true }) ?? '',
        ...(name === undefined ? {} : { name }),
        category: reader.string(unit, 'category', path, { required: true }) ?? '',
      },
    ];
  });
  const facts = reader
    .list(fields, 'facts', '', { required: true })
    .map((item, index) => readFact(item, atIndex('facts', index), reader, `#${index}`))
    .filter((fact): fact is Fact => fact !== undefined);
  const scheme = reader.string(fields, 'scheme', '');
  const cycleYear = reader.integer(fields, 'cycleYear', '', { min: 1900 });
  const asOf = reader.string(fields, 'asOf', '');
  const document: FactsDocument = {
    ...(scheme === undefined ? {} : { scheme }),
    ...(cycleYear === undefined ? {} : { cycleYear }),
    ...(asOf === undefined ? {} : { asOf }),
    units,
    facts,
    previous: readPrevious(fields, reader),
  };
  return reader.problems.length > 0 ? { ok: false, problems: reader.problems } : { ok: true, document };
};
