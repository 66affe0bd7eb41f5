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

/** The ranking columns of a category: the parts come from its units' results (the scheme's parts, in order). */
export const rankingColumns = (result: CategoryResult): readonly Column[] => {
  const parts = result.units[0]?.parts ?? [];
  return [
    column('rank', '名次', 'Rank'),
    column('unitId', '单位编码', 'Unit id'),
    column('unitName', '单位名称', 'Unit'),
    ...parts.map((part) => column(`part:${part.id}`, `${part.label['zh-CN']}（满分${part.max}）`, `${part.label.en} (of ${part.max})`)),
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
export const rankingTable = (result: CategoryResult, source: TableSource): Table => ({
  sheet: `排名-${result.categoryId}`,
  caption: [
    `${result.label['zh-CN']}（${result.categoryId}）考评结果排名`,
    `考评年度 ${source.cycleId}；方案 ${result.schemeId} 第${result.schemeVersion}版；截至 ${source.moment}；日志位置 ${source.position}`,
  ],
  columns: rankingColumns(result),
  rows: result.units.map((unit) => [
    String(unit.rank),
    unit.unitId,
    unit.name ?? unit.unitId,
    ...unit.parts.map((part) => part.shown),
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
});
