import ExcelJS from 'exceljs';
import type { EventStore } from '@kaoping/eventstore';
import type { Actor, EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import type { SchemeDocument } from '@kaoping/scoring';
import { loadWorkbook } from '../tables/xlsx.util';

/**
 * A generated county for tests and the import benchmark: `units` units in two categories
 * (townships, departments), `indicators` proportional indicators of one point each (plus a
 * committee rating, a public satisfaction survey of 10 points where the indicators leave room,
 * and inspection deductions),
 * the indicators evaluated mid-year (40 %) and year-end (60 %),
 * their data provided by three bureaus in turn.
 */
export type CountyShape = Readonly<{ cycleId: string; units: number; indicators: number }>;

export const COUNTY_PROVIDERS = ['finance-bureau', 'stats-bureau', 'dev-reform'] as const;
export const COUNTY_CATEGORIES = ['townships', 'departments'] as const;

export const countyIndicatorId = (at: number): string => `ind-${String(at + 1).padStart(3, '0')}`;
export const countyUnitId = (at: number): string => `unit-${String(at + 1).padStart(3, '0')}`;
export const countyCategoryOf = (at: number): string => COUNTY_CATEGORIES[at % 2] ?? 'townships';
export const countyProviderOf = (indicatorAt: number): string => COUNTY_PROVIDERS[indicatorAt % COUNTY_PROVIDERS.length] ?? 'finance-bureau';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The survey's points: 10, where the indicators leave room for it (a 100-indicator county has none). */
const surveyPoints = (shape: CountyShape): number => (shape.indicators <= 80 ? 10 : 0);

export const countyScheme = (shape: CountyShape): SchemeDocument => ({
  id: `county-${shape.cycleId}`,
  name: label('某县年度绩效考评方案', 'County performance scheme'),
  version: 1,
  cycle: 2099,
  periods: [
    { id: 'mid-year', label: label('年中', 'Mid-year') },
    { id: 'year-end', label: label('年终', 'Year-end') },
  ],
  scales: {
    grade: { levels: [{ id: 'good', label: label('好', 'Good'), percent: 100 }, { id: 'fair', label: label('较好', 'Fair'), percent: 80 }, { id: 'poor', label: label('差', 'Poor'), percent: 50 }] },
    satisfaction: { levels: [{ id: 'satisfied', label: label('满意', 'Satisfied'), percent: 100 }, { id: 'fairly-satisfied', label: label('比较满意', 'Fairly satisfied'), percent: 80 }, { id: 'dissatisfied', label: label('不满意', 'Dissatisfied'), percent: 0 }] },
  },
  sources: [...COUNTY_PROVIDERS.map((id) => ({ id, label: label(id, id) })), { id: 'efficiency-office', label: label('效能办', 'Efficiency office') }],
  calendar: {
    phases: {
      planning: { start: '01-01', end: '03-31' },
      monitoring: { start: '04-01', end: '06-30' },
      'mid-year': { start: '07-01', end: '07-31' },
      'year-end': { start: '12-01', end: 'next 01-31' },
      review: { start: 'next 02-01', end: 'next 02-20' },
      publication: { start: 'next 02-21', end: 'next 02-28' },
      results: { start: 'next 03-01', end: 'next 04-30' },
      rectification: { start: 'next 03-01', end: 'next 06-30' },
    },
    deadlines: [
      { id: 'mid-data', kind: 'data', period: 'mid-year', due: '07-20', remind: [7] },
      { id: 'year-data', kind: 'data', period: 'year-end', due: 'next 01-20', remind: [7] },
    ],
  },
  categories: COUNTY_CATEGORIES.map((categoryId) => ({
    id: categoryId,
    label: categoryId === 'townships' ? label('乡镇', 'Townships') : label('县直部门', 'Departments'),
    total: 100,
    parts: [
      {
        id: 'targets',
        label: label('目标任务', 'Targets'),
        points: shape.indicators,
        children: Array.from({ length: shape.indicators }, (_, at) => ({
          id: countyIndicatorId(at),
          label: label(`指标${at + 1}`, `Indicator ${at + 1}`),
          points: 1,
          provider: countyProviderOf(at),
          periods: [
            { period: 'mid-year', weight: 40 },
            { period: 'year-end', weight: 60 },
          ],
          method: { kind: 'proportional' as const },
        })),
      },
      { id: 'committee', label: label('绩效委评价', 'Committee'), points: 100 - shape.indicators - surveyPoints(shape), period: 'year-end', method: { kind: 'rating' as const, scale: 'grade', roles: ['committee-member'] } },
      ...(surveyPoints(shape) === 0 ? [] : [{ id: 'public', label: label('群众满意度', 'Public satisfaction'), points: surveyPoints(shape), period: 'year-end', method: { kind: 'survey' as const, scale: 'satisfaction' } }]),
    ],
    deductions: { rules: [{ id: 'inspection', label: label('察访核验', 'Inspection finding') }], max: 5 },
    grading: {
      grades: [
        { id: 'advanced', label: label('先进', 'Advanced'), min: 90 },
        { id: 'pass', label: label('合格', 'Pass'), min: 60 },
        { id: 'fail', label: label('不合格', 'Fail') },
      ],
    },
  })),
});

export const COUNTY_ACTORS = {
  office: { userId: 'wang.office', role: 'office' },
  provider: (providerId: string): Actor => ({ userId: `clerk.${providerId}`, role: 'data-provider', providerId }),
  inspector: { userId: 'sun.inspector', role: 'inspector', providerId: 'efficiency-office' },
} as const;

/** Drives the cycle's own steps (create, publish, phases) through the lifecycle's command path. */
export class CountyDriver {
  private sequence = 0;

  constructor(
    private readonly store: EventStore,
    readonly shape: CountyShape,
  ) {}

  now(): string {
    this.sequence += 1;
    return new Date(Date.UTC(2099, 0, 1) + this.sequence * 60_000).toISOString();
  }

  async send(command: Readonly<{ type: EvaluationCommand['type']; data: object }>, actor: Actor = COUNTY_ACTORS.office): Promise<void> {
    const now = this.now();
    const built = { type: command.type, data: { cycleId: this.shape.cycleId, ...command.data }, meta: { commandId: `${this.shape.cycleId}-setup-${this.sequence}`, actor, now } };
    // The fixture's commands are typed by their `type`; the decider checks their data.
    await handleEvaluationCommand({ store: this.store, command: built as EvaluationCommand });
  }

  phase(phase: string, action: 'open' | 'close'): Promise<void> {
    return this.send({ type: action === 'open' ? 'OpenPhase' : 'ClosePhase', data: { phase, trigger: 'manual' } });
  }

  /** Cycle and scheme published, planning open. */
  async setUp(): Promise<void> {
    await this.send({ type: 'CreateCycle', data: { year: 2099, name: '2099年度某县绩效考评' } });
    await this.send({ type: 'PublishScheme', data: { scheme: countyScheme(this.shape) } });
    await this.phase('planning', 'open');
  }
}

/** A target and values that give different scores per unit and indicator (exact decimals, some with cents). */
export const countyTarget = (unitAt: number, indicatorAt: number, period: string): string => `${(period === 'mid-year' ? 400 : 1000) + ((unitAt * 7 + indicatorAt * 3) % 50) * 10}`;
export const countyValue = (unitAt: number, indicatorAt: number, period: string): string => `${(period === 'mid-year' ? 300 : 800) + ((unitAt * 13 + indicatorAt * 5) % 37) * 10}.${String((unitAt + indicatorAt) % 100).padStart(2, '0')}`;

/**
 * Fills a template as a person would: rows matched by the key columns get their empty cells
 * filled; `append` rows are written below. Returns the workbook's bytes.
 */
export const fillTemplate = async (
  template: Uint8Array,
  input: Readonly<{ sheet: string; fill?: (row: Readonly<Record<string, string>>) => Readonly<Record<string, string>> | undefined; append?: readonly Readonly<Record<string, string>>[] }>,
): Promise<Buffer> => {
  const workbook = await loadWorkbook(template);
  const sheet = workbook.getWorksheet(input.sheet);
  if (sheet === undefined) throw new Error(`the template has no sheet ${input.sheet}`);
  const keys = (sheet.getRow(2).values as ExcelJS.CellValue[]).map((value) => (typeof value === 'string' ? value : ''));
  const rowOf = (row: ExcelJS.Row): Record<string, string> => Object.fromEntries(keys.flatMap((key, index) => (key === '' ? [] : [[key, String(row.getCell(index).value ?? '')]])));
  let last = 2;
  sheet.eachRow((row, number) => {
    if (number <= 2) return;
    last = Math.max(last, number);
    const filled = input.fill?.(rowOf(row));
    if (filled === undefined) return;
    for (const [key, value] of Object.entries(filled)) {
      const index = keys.indexOf(key);
      if (index > 0) row.getCell(index).value = value;
    }
  });
  for (const values of input.append ?? []) {
    last += 1;
    const row = sheet.getRow(last);
    for (const [key, value] of Object.entries(values)) {
      const index = keys.indexOf(key);
      if (index > 0) row.getCell(index).value = value;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
