import ExcelJS from 'exceljs';
import { streamWorkbook, wholeWorkbook } from './read-sheets';

describe('reading a workbook streamed or whole (the fallback when the streaming reader loses the workbook part)', () => {
  it('gives the same sheets and rows either way, for a workbook exceljs wrote (workbook part stored last)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表说明']);
    const values = workbook.addWorksheet('数据报送');
    values.addRow(['单位编码', '单位名称', '指标编码', '指标名称', '期间', '数值', '更正原因']);
    values.addRow(['xinchengpu', '新城铺镇', 'new-jobs', '新增就业', 'year-end', 1200, '']);
    values.addRow([]);
    values.addRow(['nanniu', '南牛乡', 'new-jobs', '新增就业', 'year-end', '980.5', '统计口径调整']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const whole = await wholeWorkbook(bytes);
    expect(whole.map((sheet) => [sheet.name, sheet.kind, sheet.rows.map((row) => [row.row, row.cells])])).toEqual([
      [
        '数据报送',
        'values',
        [
          [1, ['单位编码', '单位名称', '指标编码', '指标名称', '期间', '数值', '更正原因']],
          [2, ['xinchengpu', '新城铺镇', 'new-jobs', '新增就业', 'year-end', '1200', '']],
          [4, ['nanniu', '南牛乡', 'new-jobs', '新增就业', 'year-end', '980.5', '统计口径调整']],
        ],
      ],
    ]);
    expect(await streamWorkbook(bytes)).toEqual(whole);
  });
});
