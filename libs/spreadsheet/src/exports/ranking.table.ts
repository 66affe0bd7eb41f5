import type { CategoryResult, UnitFlag, UnitResult } from '@kaoping/scoring';
import { column, type Column, type Table } from '../tables/table';

/** Where a table's numbers come from: the cycle, the moment asked, and the log position they were computed at. */
export type TableSource = Readonly<{ cycleId: string; moment: string; position: string }>;

const flagText = (flag: UnitFlag): string => (flag.items === undefined ? flag.message['zh-CN'] : `${flag.message['zh-CN']}（${flag.items.join('、')}）`);

const rankChangeText = (unit: UnitResult): string => {
  const change = unit.resultsUse.rankChange;
  if (change === undefined) return '';
  if (change.direction === 'same') return `持平（上年第${change.previousRank}名）`;
  return `${change.direction === 'up' ? '上升' : '下降'}${Math.abs(change.change)}位（上年第${change.previousRank}名）`;
};

type PartColumn = Readonly<{ key: string; id: string; max: string; label: UnitResult['parts'][number]['label'] }>;

/**
 * The part columns: the parts of the units' results in order of first appearance. A ranking group
 * ranks units of several trees: a part of the same id with other full marks (常规工作 70 / 80) is a
 * column of its own, and a unit without a part leaves its cell empty.
 */
const partColumnsOf = (result: CategoryResult): readonly PartColumn[] => {
  const columns: PartColumn[] = [];
  for (const unit of result.units) {
    for (const part of unit.parts) {
      if (columns.some((known) => known.id === part.id && known.max === part.max)) continue;
      const key = columns.some((known) => known.id === part.id) ? `part:${part.id}@${part.max}` : `part:${part.id}`;
      columns.push({ key, id: part.id, max: part.max, label: part.label });
    }
  }
  return columns;
};

/** The ranking columns of a category: the parts come from its units' results (the scheme's parts, in order). */
export const rankingColumns = (result: CategoryResult): readonly Column[] => {
  const parts = partColumnsOf(result);
  return [
    column('rank', '名次', 'Rank'),
    column('unitId', '单位编码', 'Unit id'),
    column('unitName', '单位名称', 'Unit'),
    ...(result.ranking === undefined ? [] : [column('category', '考评类别', 'Category')]),
    ...parts.map((part) => column(part.key, `${part.label['zh-CN']}（满分${part.max}）`, `${part.label.en} (of ${part.max})`)),
    column('bonus', '加分', 'Bonus'),
    column('deduction', '扣分', 'Deductions'),
    column('total', '总分', 'Total'),
    column('totalExact', '总分（未舍入）', 'Total (unrounded)'),
    column('grade', '等次', 'Grade'),
    column('flags', '标记', 'Flags'),
    column('payFactor', '绩效奖金系数（%）', 'Pay factor (%)'),
    column('excellenceRatio', '优秀比例（%）', 'Excellence ratio (%)'),
    column('actions', '结果运用', 'Results use'),
    column('rankChange', '名次变化', 'Rank change'),
  ];
};

/**
 * The ranking / results table of a category (名次, 单位, 各部分得分, 加分, 扣分, 总分, 等次, 标记,
 * 结果运用): each number is the engine's decimal text as shown (two decimals), the unrounded total beside.
 */
export const rankingTable = (result: CategoryResult, source: TableSource): Table => {
  const parts = partColumnsOf(result);
  const group = result.ranking;
  return {
    sheet: `排名-${result.categoryId}`,
    caption: [
      `${result.label['zh-CN']}（${result.categoryId}）考评结果排名`,
      `考评年度 ${source.cycleId}；方案 ${result.schemeId} 第${result.schemeVersion}版；截至 ${source.moment}；日志位置 ${source.position}`,
      // A ranking group: names, places and the last place are counted over the whole group.
      ...(group === undefined ? [] : [`名次与等次在排名组「${group.label['zh-CN']}」（${group.id}，共${group.units}个单位）内评定`]),
    ],
    columns: rankingColumns(result),
    rows: result.units.map((unit) => [
      String(unit.rank),
      unit.unitId,
      unit.name ?? unit.unitId,
      ...(group === undefined ? [] : [unit.categoryId ?? result.categoryId]),
      ...parts.map((column) => unit.parts.find((part) => part.id === column.id && part.max === column.max)?.shown ?? ''),
      unit.bonus.shown,
      unit.deduction.shown,
      unit.total,
      unit.totalExact,
      unit.grade.label['zh-CN'],
      unit.flags.map(flagText).join('；'),
      unit.resultsUse.payFactor ?? '',
      unit.resultsUse.excellenceRatio ?? '',
      unit.resultsUse.actions.map((action) => action['zh-CN']).join('；'),
      rankChangeText(unit),
    ]),
  };
};
