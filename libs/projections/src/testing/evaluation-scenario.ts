import type { EventStore } from '@kaoping/eventstore';
import type { Actor, EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import type { SchemeDocument } from '@kaoping/scoring';

/**
 * A generated county cycle for tests and the benchmark: categories of units with N (at most 24) proportional
 * data indicators (one provider), a committee rating, a self-assessment, inspection deductions,
 * and a calendar with a data deadline. Every command goes through the lifecycle's command path.
 */
export type ScenarioShape = Readonly<{
  cycleId: string;
  categories: readonly string[];
  unitsPerCategory: number;
  indicators: number;
  /** The cycle year (default 2099: far enough ahead that no phase scheduler running beside the test moves its phases). */
  year?: number;
}>;

/** The year of a scenario cycle. */
export const scenarioYear = (shape: ScenarioShape): number => shape.year ?? 2099;

export const SCENARIO_PROVIDER = 'stats-bureau';
export const SCENARIO_INSPECTOR_SOURCE = 'efficiency-office';

const indicatorIds = (count: number): readonly string[] => Array.from({ length: count }, (_, at) => `ind-${String(at + 1).padStart(2, '0')}`);

/** The phases of a generated cycle's year (the scenario's and the province bench's). */
export const SCENARIO_PHASES = {
  planning: { start: '01-01', end: '03-31' },
  monitoring: { start: '04-01', end: '06-30' },
  'mid-year': { start: '07-01', end: '07-31' },
  'year-end': { start: '12-01', end: 'next 01-31' },
  review: { start: 'next 02-01', end: 'next 02-20' },
  publication: { start: 'next 02-21', end: 'next 02-28' },
  results: { start: 'next 03-01', end: 'next 04-30' },
  rectification: { start: 'next 03-01', end: 'next 06-30' },
} as const;

/** The scheme of the generated cycle. */
export const scenarioScheme = (shape: ScenarioShape): SchemeDocument => ({
  id: `scenario-${shape.cycleId}`,
  name: { 'zh-CN': '测试县绩效考评', en: 'Scenario county scheme' },
  version: 1,
  cycle: scenarioYear(shape),
  periods: [{ id: 'year', label: { 'zh-CN': '年度', en: 'Year' } }],
  scales: {
    grade: {
      levels: [
        { id: 'good', label: { 'zh-CN': '好', en: 'Good' }, percent: 100 },
        { id: 'fair', label: { 'zh-CN': '较好', en: 'Fair' }, percent: 80 },
        { id: 'poor', label: { 'zh-CN': '差', en: 'Poor' }, percent: 50 },
      ],
    },
  },
  sources: [
    { id: SCENARIO_PROVIDER, label: { 'zh-CN': '统计局', en: 'Statistics bureau' } },
    { id: SCENARIO_INSPECTOR_SOURCE, label: { 'zh-CN': '效能办', en: 'Efficiency office' } },
  ],
  calendar: {
    phases: SCENARIO_PHASES,
    deadlines: [
      { id: 'year-data', kind: 'data', period: 'year', due: 'next 01-20', remind: [7] },
      { id: 'self-report', kind: 'self-assessment', period: 'year', due: 'next 01-10', remind: [7] },
    ],
  },
  categories: shape.categories.map((categoryId) => ({
    id: categoryId,
    label: { 'zh-CN': categoryId, en: categoryId },
    total: 100,
    parts: [
      {
        id: 'indicators',
        label: { 'zh-CN': '目标指标', en: 'Indicators' },
        points: 4 * shape.indicators,
        children: indicatorIds(shape.indicators).map((id) => ({
          id,
          label: { 'zh-CN': id, en: id },
          points: 4,
          provider: SCENARIO_PROVIDER,
          method: { kind: 'proportional' as const },
        })),
      },
      { id: 'committee', label: { 'zh-CN': '绩效委评价', en: 'Committee' }, points: 100 - 4 * shape.indicators, method: { kind: 'rating' as const, scale: 'grade', roles: ['committee-member'] } },
    ],
    deductions: { rules: [{ id: 'inspection', label: { 'zh-CN': '察访核验', en: 'Inspection finding' } }], max: 5 },
    grading: {
      grades: [
        { id: 'advanced', label: { 'zh-CN': '先进', en: 'Advanced' }, min: 90 },
        { id: 'pass', label: { 'zh-CN': '合格', en: 'Pass' }, min: 60 },
        { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } },
      ],
    },
  })),
});

export const scenarioActors = {
  office: { userId: 'office-1', role: 'office' },
  committee: { userId: 'member-1', role: 'committee' },
  system: { userId: 'system', role: 'system' },
  provider: { userId: 'provider-1', role: 'data-provider', providerId: SCENARIO_PROVIDER },
  inspector: { userId: 'inspector-1', role: 'inspector', providerId: SCENARIO_INSPECTOR_SOURCE },
  reporter: (unitId: string): Actor => ({ userId: `reporter-${unitId}`, role: 'unit-reporter', unitId }),
} as const satisfies Readonly<Record<string, Actor | ((unitId: string) => Actor)>>;

export const scenarioUnitId = (categoryId: string, at: number): string => `${categoryId}-${String(at + 1).padStart(3, '0')}`;

type Build = (meta: EvaluationCommand['meta']) => EvaluationCommand;

/** Sends commands one after another through `handleEvaluationCommand`, each with a fresh id and a later `now`. */
export class ScenarioDriver {
  private sequence = 0;

  constructor(
    private readonly store: EventStore,
    private readonly shape: ScenarioShape,
  ) {}

  get units(): readonly Readonly<{ categoryId: string; unitId: string }>[] {
    return this.shape.categories.flatMap((categoryId) => Array.from({ length: this.shape.unitsPerCategory }, (_, at) => ({ categoryId, unitId: scenarioUnitId(categoryId, at) })));
  }

  get indicators(): readonly string[] {
    return indicatorIds(this.shape.indicators);
  }

  /** Sends one command; returns the ids of the events it recorded and the position of the last. */
  async send(actor: Actor, build: (data: Readonly<{ cycleId: string }>) => Readonly<{ type: EvaluationCommand['type']; data: object }>, extra: Readonly<{ reason?: string; evidence?: readonly string[]; now?: string }> = {}): Promise<Readonly<{ eventIds: readonly string[]; position: string | null }>> {
    this.sequence += 1;
    const now = new Date(Date.UTC(scenarioYear(this.shape), 0, 1) + this.sequence * 60_000).toISOString();
    const meta = { commandId: `${this.shape.cycleId}-cmd-${this.sequence}`, actor, now, ...extra };
    const partial = build({ cycleId: this.shape.cycleId });
    const command = this.commandOf(partial, meta);
    const outcome = await handleEvaluationCommand({ store: this.store, command });
    return { eventIds: outcome.eventIds, position: outcome.position };
  }

  private commandOf(partial: Readonly<{ type: EvaluationCommand['type']; data: object }>, meta: EvaluationCommand['meta']): EvaluationCommand {
    const build: Build = (m) => ({ type: partial.type, data: { cycleId: this.shape.cycleId, ...partial.data }, meta: m }) as EvaluationCommand;
    return build(meta);
  }

  phase(phase: string, action: 'open' | 'close'): ReturnType<ScenarioDriver['send']> {
    return this.send(scenarioActors.office, () => ({ type: action === 'open' ? 'OpenPhase' : 'ClosePhase', data: { phase, trigger: 'manual' } }));
  }

  /** Cycle, scheme, units, assignments, rater; leaves monitoring open. */
  async setUp(): Promise<void> {
    const { office } = scenarioActors;
    await this.send(office, () => ({ type: 'CreateCycle', data: { year: scenarioYear(this.shape), name: `考评 ${this.shape.cycleId}` } }));
    await this.send(office, () => ({ type: 'PublishScheme', data: { scheme: scenarioScheme(this.shape) } }));
    await this.phase('planning', 'open');
    await this.send(office, () => ({ type: 'AssignRater', data: { raterId: scenarioActors.committee.userId, raterRole: 'committee-member', units: 'all' } }));
    for (const { categoryId, unitId } of this.units) {
      await this.send(office, () => ({ type: 'RegisterUnit', data: { unitId, name: `单位 ${unitId}`, level: 'township', categoryId } }));
      for (const indicatorId of this.indicators) {
        await this.send(office, () => ({ type: 'AssignIndicator', data: { unitId, indicatorId, providerId: SCENARIO_PROVIDER, targets: { year: '100' } } }));
      }
    }
    await this.phase('planning', 'close');
    await this.phase('monitoring', 'open');
  }

  /** A value for every indicator of the given units (default all), in monitoring. */
  async submitData(units: readonly string[] = this.units.map((u) => u.unitId), value: (unitId: string, indicatorId: string) => string = (u, i) => String(80 + ((u.length * 7 + i.charCodeAt(i.length - 1)) % 30))): Promise<void> {
    for (const unitId of units) {
      for (const indicatorId of this.indicators) {
        await this.send(scenarioActors.provider, () => ({ type: 'SubmitData', data: { unitId, indicatorId, value: value(unitId, indicatorId) } }));
      }
    }
  }

  /** An inspection finding (proposal `f-<unitId>`) against a unit, with evidence. */
  recordFinding(unitId: string, amount = '1.5'): ReturnType<ScenarioDriver['send']> {
    return this.send(
      scenarioActors.inspector,
      () => ({ type: 'RecordInspectionFinding', data: { proposalId: `f-${unitId}`, unitId, ruleId: 'inspection', amount, source: SCENARIO_INSPECTOR_SOURCE, what: '窗口服务超时', where: '政务大厅' } }),
      { evidence: [`photo-${unitId}`] },
    );
  }
}
