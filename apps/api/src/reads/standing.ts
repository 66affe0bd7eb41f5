import type { LiveStanding } from '@kaoping/projections';
import type { UnitStandingDto } from './responses.dto';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;
const textIn = (value: Readonly<Record<string, unknown>>, key: string): string => (typeof value[key] === 'string' ? value[key] : '');

/** A grade as the live-scores row holds it ({ id, label }), or null. */
const gradeOf = (value: unknown): UnitStandingDto['grade'] => {
  if (!isRecord(value) || typeof value['id'] !== 'string') return null;
  const label = isRecord(value['label']) ? value['label'] : {};
  return { id: value['id'], label: { 'zh-CN': textIn(label, 'zh-CN'), en: textIn(label, 'en') } };
};

/** A unit's live standing as the API shows it. */
export const standingDto = (standing: LiveStanding): UnitStandingDto => ({
  categoryId: standing.categoryId,
  total: standing.total,
  rank: standing.rank,
  grade: gradeOf(standing.grade),
});

/** The standings by unit, each in the unit's own category (a moved unit's old line does not count). */
export const standingsByUnit = (standings: readonly LiveStanding[]) => {
  const byKey = new Map(standings.map((s) => [`${s.unitId}@${s.categoryId}`, s]));
  // A unit without a category (the county at the root of the tree) is not scored: no standing.
  return (unit: Readonly<{ unitId: string; categoryId: string | null }>): LiveStanding | undefined =>
    unit.categoryId === null ? undefined : byKey.get(`${unit.unitId}@${unit.categoryId}`);
};
