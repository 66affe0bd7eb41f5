import type ExcelJS from 'exceljs';
import { excel } from '../tables/lazy-modules';
import { UNIT_LEVELS, slotKey, type ActiveCycle, type IndicatorInfo, type RegisteredUnit } from '@kaoping/evaluation';
import type { ImportBase } from '../checking/check-rows';
import { tableToCsv } from '../tables/csv.util';
import { column as tableColumn } from '../tables/table';
import { type SheetColumn, type SheetKind, SHEET_SPECS, UNIT_LEVEL_LABELS, countColumn, targetColumn } from '../sheets/sheet-kinds';
import { type SchemeLabels, schemeLabelsOf } from './scheme-labels';

/** Whose template: a data provider's holds only its own indicators and units; a rater's only the units it rates. */
export type TemplateFor = Readonly<{ providerId?: string; raterId?: string }>;

/** A template before it is written: its columns, rows filled in advance (ids and names), and the drop-down lists per column. */
export type TemplatePlan = Readonly<{
  kind: SheetKind;
  cycleId: string;
  cycleName: string;
  labels: SchemeLabels;
  columns: readonly SheetColumn[];
  rows: readonly Readonly<Record<string, string>>[];
  lists: ReadonlyMap<string, readonly string[]>;
  instructions: readonly string[];
}>;

const DATA_METHODS: readonly IndicatorInfo['method'][] = ['proportional', 'score'];

const registeredUnits = (base: ImportBase): readonly RegisteredUnit[] =>
  [...base.streams.values()]
    .flatMap((stream) => (stream.kind === 'unit' && stream.state.status === 'registered' ? [stream.state] : []))
    .sort((a, b) => (a.unit.unitId < b.unit.unitId ? -1 : 1));

const indicatorsOf = (cycle: ActiveCycle, unit: RegisteredUnit): readonly IndicatorInfo[] => {
  const category = unit.unit.categoryId === undefined ? undefined : cycle.scheme.index.categories.get(unit.unit.categoryId);
  return category === undefined ? [] : [...category.indicators.values()];
};

const providerOf = (unit: RegisteredUnit, indicator: IndicatorInfo): string | undefined => unit.assignments.get(indicator.id)?.providerId ?? indicator.provider;

const requireActive = (base: ImportBase): ActiveCycle => {
  if (base.cycle.status !== 'active') throw new Error('the cycle has no published scheme: no template can be made yet');
  return base.cycle;
};

const INSTRUCTIONS: Readonly<Record<SheetKind, readonly string[]>> = {
  units: ['每行登记一个考评单位：单位编码（唯一、不含空格）、单位名称、层级、考评类别，以及上级单位编码（可空）。'],
  assignments: ['每行为一个单位分配一项指标：数据提供单位可改；按比例计分的指标在各期间的“目标值”列填写目标（十进制数，如 2500 或 12.5）。'],
  values: ['每行报送一个单位一项指标一个期间的数值；数值按文本填写（如 2400.50），不要使用公式或千分位。', '已报送的数值预先填在表中；不改的行原样保留即可（不会重复记录）。要更正某个已报送的数值，改写数值并在「更正原因」列写明理由：导入时记为一次更正，原数值和更正都留在记录中。'],
  surveys: ['每行记录一个单位一项满意度指标的调查结果：填写样本量，以及满意率（%）或各等次人数（二者只填其一）。'],
  ratings: ['每行为一个单位一项评价指标打分：按量表填写“等次”，或按分值法填写“分值”。评价人即上传文件的账户。'],
  findings: ['每行记录一项察访核验发现：单位、扣分规则、扣分（规则未规定分值时必填）、问题、地点和证据（多个证据用分号分隔）。'],
};

/**
 * Plans a template of one sheet kind from the published scheme and the cycle's registered units:
 * rows are filled in advance where the scheme and the state tell them (a provider's values: its
 * units × its indicators × periods, with the values recorded so far), and every id column gets
 * its drop-down list.
 */
export const templatePlan = (base: ImportBase, kind: SheetKind, forWhom: TemplateFor = {}): TemplatePlan => {
  const cycle = requireActive(base);
  const labels = schemeLabelsOf(cycle.scheme.document);
  const units = registeredUnits(base);
  const periods = cycle.scheme.index.periods;
  const unitIds = units.map((u) => u.unit.unitId);
  const unitName = (unit: RegisteredUnit) => unit.unit.name;
  const indicatorName = (id: string) => labels.indicators.get(id) ?? id;
  const allIndicators = [...new Set([...cycle.scheme.index.categories.values()].flatMap((category) => [...category.indicators.keys()]))];
  const lists = new Map<string, readonly string[]>([
    ['unitId', unitIds],
    ['indicatorId', allIndicators],
    ['period', periods],
  ]);
  const columns: SheetColumn[] = [...SHEET_SPECS[kind].columns];
  const rows: Record<string, string>[] = [];
  const periodsOf = (indicator: IndicatorInfo): readonly string[] => indicator.periods ?? periods;
  switch (kind) {
    case 'units':
      lists.set('level', UNIT_LEVELS.map((level) => UNIT_LEVEL_LABELS[level]));
      lists.set('categoryId', [...cycle.scheme.index.categories.keys()]);
      lists.set('parentUnitId', unitIds);
      break;
    case 'assignments':
      columns.push(...periods.map((period) => targetColumn(period, labels.periods.get(period) ?? period)));
      lists.set('providerId', [...cycle.scheme.index.sources]);
      for (const unit of units) {
        for (const indicator of indicatorsOf(cycle, unit)) {
          if (forWhom.providerId !== undefined && providerOf(unit, indicator) !== forWhom.providerId) continue;
          const assigned = unit.assignments.get(indicator.id);
          const targets = Object.fromEntries(periods.map((period) => [`target:${period}`, assigned?.targets[period] ?? assigned?.targets[''] ?? '']));
          rows.push({ unitId: unit.unit.unitId, unitName: unitName(unit), indicatorId: indicator.id, indicatorName: indicatorName(indicator.id), providerId: providerOf(unit, indicator) ?? '', ...targets });
        }
      }
      break;
    case 'values':
      for (const unit of units) {
        for (const indicator of indicatorsOf(cycle, unit).filter((i) => DATA_METHODS.includes(i.method))) {
          if (unit.assignments.size > 0 && !unit.assignments.has(indicator.id)) continue;
          if (forWhom.providerId !== undefined && providerOf(unit, indicator) !== forWhom.providerId) continue;
          for (const period of periodsOf(indicator)) {
            // The value that counts now, so the sheet shows what is recorded and a changed cell is a correction.
            const current = unit.currentValues.get(slotKey(indicator.id, period));
            const value = current === undefined ? '' : (unit.submissions.get(current)?.value ?? '');
            rows.push({ unitId: unit.unit.unitId, unitName: unitName(unit), indicatorId: indicator.id, indicatorName: indicatorName(indicator.id), period, value });
          }
        }
      }
      break;
    case 'surveys': {
      const levels = new Set<string>();
      for (const unit of units) {
        for (const indicator of indicatorsOf(cycle, unit).filter((i) => i.method === 'survey')) {
          for (const level of indicator.levels ?? []) if (labels.levels.has(level)) levels.add(level);
          for (const period of periodsOf(indicator)) rows.push({ unitId: unit.unit.unitId, unitName: unitName(unit), indicatorId: indicator.id, period });
        }
      }
      columns.push(...[...levels].map((level) => countColumn(level, labels.levels.get(level) ?? level)));
      break;
    }
    case 'ratings': {
      const assignments = cycle.raters.filter((rater) => forWhom.raterId === undefined || rater.raterId === forWhom.raterId);
      lists.set('raterRole', [...new Set(assignments.map((rater) => rater.raterRole))]);
      lists.set('grade', [...labels.levels.keys()]);
      for (const rater of assignments) {
        for (const unit of units.filter((u) => rater.units === 'all' || rater.units.includes(u.unit.unitId))) {
          for (const indicator of indicatorsOf(cycle, unit).filter((i) => (i.method === 'rating' || i.method === 'points') && (rater.indicators === undefined || rater.indicators.includes(i.id)))) {
            if (indicator.raterRoles !== undefined && !indicator.raterRoles.includes(rater.raterRole)) continue;
            // Grades from projects are nobody's to give.
            if (indicator.fromProjects !== undefined) continue;
            for (const period of periodsOf(indicator)) rows.push({ unitId: unit.unit.unitId, unitName: unitName(unit), indicatorId: indicator.id, period, raterRole: rater.raterRole });
          }
        }
      }
      break;
    }
    case 'findings':
      lists.set('ruleId', [...new Set([...cycle.scheme.index.categories.values()].flatMap((category) => [...category.deductionRules.keys()]))]);
      lists.set('source', [...cycle.scheme.index.sources]);
      break;
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
  return {
    kind,
    cycleId: cycle.cycleId,
    cycleName: cycle.name,
    labels,
    columns,
    rows,
    lists,
    instructions: INSTRUCTIONS[kind],
  };
};

const SPARE_ROWS = 1000;
const LISTS_SHEET = '_lists';

type WithValidations = Readonly<{ dataValidations: Readonly<{ add: (address: string, validation: ExcelJS.DataValidation) => unknown }> }>;
const hasValidations = (sheet: ExcelJS.Worksheet): sheet is ExcelJS.Worksheet & WithValidations => 'dataValidations' in sheet;

/**
 * Writes a template as an .xlsx workbook: an instructions sheet (说明), the data sheet with a
 * Chinese header row and a key row (both locked; the data cells unlocked, formatted as text),
 * drop-down lists for units, indicators, periods, grades… (from a hidden list sheet).
 */
export const templateWorkbook = async (plan: TemplatePlan): Promise<Buffer> => {
  const spec = SHEET_SPECS[plan.kind];
  const workbook = new (excel().Workbook)();
  workbook.creator = 'Kaoping 考评';
  workbook.created = new Date(0);
  const guide = workbook.addWorksheet('说明');
  guide.getColumn(1).width = 110;
  const lines = [
    `${plan.cycleName}（${plan.cycleId}）— ${plan.labels.schemeName}`,
    `模板：${spec.sheet}（${spec.en}）`,
    '',
    ...plan.instructions,
    '第1行为中文列名，第2行为系统字段名，均已锁定，请勿修改；从第3行起填写，每行一条。灰色列仅供参考，不导入。',
    '带下拉箭头的单元格只能从列表中选择（单位、指标、期间、等次等均来自已发布的考评方案）。',
    '导入时系统逐行检查全部数据；只要有一行有误，整个文件都不会记录，并列出每个问题所在的表、行、列、规则和数值。',
    '同一文件重复上传不会重复记录；上传中断后再次上传同一文件即可补全。',
    '',
    '列说明：',
    ...plan.columns.map((c) => `${c.zh}（${c.key}）${c.required ? '：必填' : c.info === true ? '：仅供参考' : '：可空'}`),
  ];
  lines.forEach((line, index) => {
    guide.getCell(index + 1, 1).value = line;
  });
  guide.getRow(1).font = { bold: true, size: 14 };

  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const listRanges = new Map<string, string>();
  [...plan.lists.entries()].filter(([, values]) => values.length > 0).forEach(([key, values], index) => {
    const col = listSheet.getColumn(index + 1);
    listSheet.getCell(1, index + 1).value = key;
    values.forEach((value, at) => {
      listSheet.getCell(at + 2, index + 1).value = value;
    });
    listRanges.set(key, `'${LISTS_SHEET}'!$${col.letter}$2:$${col.letter}$${values.length + 1}`);
  });

  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  const header = sheet.addRow(plan.columns.map((c) => c.zh));
  header.font = { bold: true };
  const keys = sheet.addRow(plan.columns.map((c) => c.key));
  keys.font = { color: { argb: 'FF808080' }, size: 9 };
  for (const row of plan.rows) sheet.addRow(plan.columns.map((c) => row[c.key] ?? ''));
  const last = plan.rows.length + 2 + SPARE_ROWS;
  plan.columns.forEach((c, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = Math.max(12, [...c.zh].length * 2 + 4);
    col.numFmt = '@';
    col.protection = { locked: c.info === true };
    if (c.info === true) col.font = { color: { argb: 'FF808080' } };
    for (let r = 3; r <= plan.rows.length + 2; r += 1) sheet.getCell(r, index + 1).protection = { locked: c.info === true };
    for (const headerRow of [header, keys]) {
      const cell = headerRow.getCell(index + 1);
      cell.protection = { locked: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerRow === header ? 'FFD9E1F2' : 'FFF2F2F2' } };
    }
    const range = listRanges.get(c.key);
    if (range !== undefined && hasValidations(sheet)) {
      sheet.dataValidations.add(`${col.letter}3:${col.letter}${last}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: '不在列表中',
        error: `请从下拉列表中选择${c.zh}`,
      });
    }
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, insertRows: true, deleteRows: true, sort: true, autoFilter: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** A template as CSV (a flat sheet: the Chinese header and the rows filled in advance). */
export const templateCsv = (plan: TemplatePlan): string =>
  tableToCsv({
    sheet: SHEET_SPECS[plan.kind].sheet,
    caption: [],
    columns: plan.columns.map((c) => tableColumn(c.key, c.zh, c.en)),
    rows: plan.rows.map((row) => plan.columns.map((c) => row[c.key] ?? '')),
  });
