import { UNIT_LEVELS, type CommandMeta, type EvaluationCommand, type UnitLevel } from '@kaoping/evaluation';

/** The kinds of sheet Kaoping imports, each a flat table whose rows become one command type. */
export const SHEET_KINDS = ['units', 'assignments', 'values', 'surveys', 'ratings', 'findings'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** A column of a sheet kind: `key` in the command (or `target:<period>`, `count:<level>` for the columns a scheme adds). */
export type SheetColumn = Readonly<{ key: string; zh: string; en: string; required: boolean; /** Shown for reference, not read (names beside ids). */ info?: boolean }>;

/** A sheet kind's name in a workbook, its command and its fixed columns. */
export type SheetKindSpec = Readonly<{
  kind: SheetKind;
  sheet: string;
  en: string;
  command: EvaluationCommand['type'];
  columns: readonly SheetColumn[];
  /** The cells a person fills in a template's prefilled rows (keys, or `prefix:`): a row with all of them empty is not filled yet, and skipped. */
  payload: readonly string[];
}>;

const col = (key: string, zh: string, en: string, required = true): SheetColumn => ({ key, zh, en, required });
const info = (key: string, zh: string, en: string): SheetColumn => ({ key, zh, en, required: false, info: true });

/** Unit levels in Chinese (accepted in the level column beside the ids). */
export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, string>> = {
  county: '县（市、区）',
  department: '部门',
  township: '乡镇（街道）',
  section: '科室',
  person: '个人',
  project: '项目',
};

export const SHEET_SPECS: Readonly<Record<SheetKind, SheetKindSpec>> = {
  units: {
    kind: 'units',
    payload: [],
    sheet: '单位',
    en: 'Units',
    command: 'RegisterUnit',
    columns: [col('unitId', '单位编码', 'Unit id'), col('name', '单位名称', 'Name'), col('level', '层级', 'Level'), col('categoryId', '考评类别', 'Category'), col('parentUnitId', '上级单位编码', 'Parent unit', false)],
  },
  assignments: {
    kind: 'assignments',
    payload: [],
    sheet: '指标分配',
    en: 'Assignments',
    command: 'AssignIndicator',
    columns: [col('unitId', '单位编码', 'Unit id'), info('unitName', '单位名称', 'Unit'), col('indicatorId', '指标编码', 'Indicator'), info('indicatorName', '指标名称', 'Indicator name'), col('providerId', '数据提供单位', 'Data provider', false)],
  },
  values: {
    kind: 'values',
    payload: ['value'],
    sheet: '数据报送',
    en: 'Values',
    command: 'SubmitData',
    columns: [col('unitId', '单位编码', 'Unit id'), info('unitName', '单位名称', 'Unit'), col('indicatorId', '指标编码', 'Indicator'), info('indicatorName', '指标名称', 'Indicator name'), col('period', '期间', 'Period'), col('value', '数值', 'Value'), col('reason', '更正原因', 'Reason for a correction', false)],
  },
  surveys: {
    kind: 'surveys',
    payload: ['sampleSize', 'rate', 'count:'],
    sheet: '满意度调查',
    en: 'Surveys',
    command: 'RecordSurveyResult',
    columns: [col('unitId', '单位编码', 'Unit id'), info('unitName', '单位名称', 'Unit'), col('indicatorId', '指标编码', 'Indicator'), col('period', '期间', 'Period'), col('sampleSize', '样本量', 'Sample size'), col('rate', '满意率（%）', 'Rate (%)', false)],
  },
  ratings: {
    kind: 'ratings',
    payload: ['grade', 'points'],
    sheet: '评价打分',
    en: 'Ratings',
    command: 'RateUnit',
    columns: [col('unitId', '单位编码', 'Unit id'), info('unitName', '单位名称', 'Unit'), col('indicatorId', '指标编码', 'Indicator'), col('period', '期间', 'Period'), col('raterRole', '评价身份', 'Rater role'), col('grade', '等次', 'Grade', false), col('points', '分值', 'Points', false)],
  },
  findings: {
    kind: 'findings',
    payload: [],
    sheet: '察访核验',
    en: 'Inspection findings',
    command: 'RecordInspectionFinding',
    columns: [
      col('unitId', '单位编码', 'Unit id'),
      info('unitName', '单位名称', 'Unit'),
      col('ruleId', '扣分规则', 'Deduction rule'),
      col('amount', '扣分', 'Points deducted', false),
      col('count', '件数', 'Count', false),
      col('what', '问题', 'What'),
      col('where', '地点', 'Where'),
      col('evidence', '证据', 'Evidence'),
      col('source', '核验机构', 'Inspecting body', false),
    ],
  },
};

/** The dynamic column prefixes: a target per period, a count per survey level. */
export const TARGET_PREFIX = 'target:';
export const COUNT_PREFIX = 'count:';
export const targetColumn = (period: string, label: string): SheetColumn => ({ key: `${TARGET_PREFIX}${period}`, zh: `目标值·${label}[${period}]`, en: `Target ${period}`, required: false });
export const countColumn = (level: string, label: string): SheetColumn => ({ key: `${COUNT_PREFIX}${level}`, zh: `人数·${label}[${level}]`, en: `Count ${level}`, required: false });

/** The sheet kind a workbook sheet holds, by its name (the template's Chinese name, or the kind itself). */
export const kindOfSheetName = (name: string): SheetKind | undefined =>
  SHEET_KINDS.find((kind) => SHEET_SPECS[kind].sheet === name.trim() || kind === name.trim().toLowerCase());

/** The column a header cell names: a fixed column by its Chinese title or key, or a `[period]` / `[level]` column. */
export const columnOfHeader = (kind: SheetKind, header: string): SheetColumn | undefined => {
  const text = header.trim();
  const fixed = SHEET_SPECS[kind].columns.find((c) => c.zh === text || c.key === text || c.en === text);
  if (fixed !== undefined) return fixed;
  const bracket = /^(.*)\[([^\]]+)\]$/.exec(text);
  const id = bracket?.[2]?.trim();
  const keyed = /^(target|count):(.+)$/.exec(text);
  if (kind === 'assignments' && (text.startsWith('目标值') || keyed?.[1] === 'target')) {
    const period = id ?? keyed?.[2];
    return period === undefined ? undefined : targetColumn(period, period);
  }
  if (kind === 'surveys' && (text.startsWith('人数') || keyed?.[1] === 'count')) {
    const level = id ?? keyed?.[2];
    return level === undefined ? undefined : countColumn(level, level);
  }
  return undefined;
};

/** Whether a prefilled row is still unfilled: its kind has payload cells and all of them are empty. */
export const isUnfilled = (kind: SheetKind, cells: ReadonlyMap<string, string>): boolean => {
  const { payload } = SHEET_SPECS[kind];
  if (payload.length === 0) return false;
  return [...cells.entries()].every(([key, value]) => value === '' || !payload.some((p) => (p.endsWith(':') ? key.startsWith(p) : key === p)));
};

/** The text cells of one data row, by column key. */
export type RowCells = ReadonlyMap<string, string>;

const levelOf = (text: string): UnitLevel | undefined =>
  UNIT_LEVELS.find((level) => level === text || UNIT_LEVEL_LABELS[level] === text || (text !== '' && UNIT_LEVEL_LABELS[level].startsWith(text)));

/** A cell the row cannot be turned into a command with (before any decider sees it). */
export type CellProblem = Readonly<{ key: string; rule: string; zh: string; en: string }>;

const optional = (cells: RowCells, key: string): string | undefined => {
  const value = cells.get(key);
  return value === undefined || value === '' ? undefined : value;
};
const required = (cells: RowCells, key: string): string => cells.get(key) ?? '';

const prefixed = (cells: RowCells, prefix: string): Readonly<Record<string, string>> | undefined => {
  const entries = [...cells.entries()].filter(([key, value]) => key.startsWith(prefix) && value !== '').map(([key, value]) => [key.slice(prefix.length), value] as const);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
};

/** What every row's command carries besides its cells. */
export type RowContext = Readonly<{ cycleId: string; meta: CommandMeta; /** For findings: the proposal id (derived from the row's command id). */ proposalId: string }>;

/**
 * The command a data row asks for: the same command the API's route sends for the same fields.
 * Cells are passed as they are (the deciders check them, and name the field when refused).
 */
export const commandOfRow = (kind: SheetKind, cells: RowCells, context: RowContext): EvaluationCommand | CellProblem => {
  const { cycleId, meta } = context;
  const unitId = required(cells, 'unitId');
  switch (kind) {
    case 'units': {
      const parentUnitId = optional(cells, 'parentUnitId');
      const level = levelOf(required(cells, 'level'));
      if (level === undefined) {
        const allowed = UNIT_LEVELS.map((id) => `${id}（${UNIT_LEVEL_LABELS[id]}）`).join('、');
        return { key: 'level', rule: 'unknown-level', zh: `层级须为 ${allowed} 之一`, en: `must be one of ${UNIT_LEVELS.join(', ')}` };
      }
      // An empty category: a county as the unscored root (any other level is refused by the decider, on categoryId).
      const categoryId = optional(cells, 'categoryId');
      const fields = { ...(categoryId === undefined ? {} : { categoryId }), ...(parentUnitId === undefined ? {} : { parentUnitId }) };
      return { type: 'RegisterUnit', data: { cycleId, unitId, name: required(cells, 'name'), level, ...fields }, meta };
    }
    case 'assignments': {
      const providerId = optional(cells, 'providerId');
      const targets = prefixed(cells, TARGET_PREFIX);
      return { type: 'AssignIndicator', data: { cycleId, unitId, indicatorId: required(cells, 'indicatorId'), ...(providerId === undefined ? {} : { providerId }), ...(targets === undefined ? {} : { targets }) }, meta };
    }
    case 'values': {
      const period = optional(cells, 'period');
      const reason = optional(cells, 'reason');
      // A value that differs from the one recorded becomes a correction with this reason (see checkRows).
      return { type: 'SubmitData', data: { cycleId, unitId, indicatorId: required(cells, 'indicatorId'), ...(period === undefined ? {} : { period }), value: required(cells, 'value') }, meta: reason === undefined ? meta : { ...meta, reason } };
    }
    case 'surveys': {
      const period = optional(cells, 'period');
      const rate = optional(cells, 'rate');
      const counts = prefixed(cells, COUNT_PREFIX);
      return {
        type: 'RecordSurveyResult',
        data: { cycleId, unitId, indicatorId: required(cells, 'indicatorId'), ...(period === undefined ? {} : { period }), sampleSize: required(cells, 'sampleSize'), ...(rate === undefined ? {} : { rate }), ...(counts === undefined ? {} : { counts }) },
        meta,
      };
    }
    case 'ratings': {
      const period = optional(cells, 'period');
      const grade = optional(cells, 'grade');
      const points = optional(cells, 'points');
      return {
        type: 'RateUnit',
        data: { cycleId, unitId, indicatorId: required(cells, 'indicatorId'), ...(period === undefined ? {} : { period }), raterRole: required(cells, 'raterRole'), ...(grade === undefined ? {} : { grade }), ...(points === undefined ? {} : { points }) },
        meta,
      };
    }
    case 'findings': {
      const amount = optional(cells, 'amount');
      const count = optional(cells, 'count');
      const evidence = required(cells, 'evidence').split(/[;；,，\s]+/).filter((item) => item !== '');
      return {
        type: 'RecordInspectionFinding',
        data: {
          cycleId,
          proposalId: context.proposalId,
          unitId,
          ruleId: required(cells, 'ruleId'),
          source: optional(cells, 'source') ?? meta.actor.providerId ?? '',
          ...(amount === undefined ? {} : { amount }),
          ...(count === undefined ? {} : { count }),
          what: required(cells, 'what'),
          where: required(cells, 'where'),
        },
        meta: { ...meta, evidence },
      };
    }
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
};
