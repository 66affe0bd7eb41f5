import { parseCsv, tableToCsv } from './csv.util';
import { column, type Table } from './table';
import { loadWorkbook, tablesToXlsx } from './xlsx.util';

const TABLE: Table = {
  sheet: '排名-townships',
  caption: ['乡镇考评结果排名'],
  columns: [column('unit', '单位名称', 'Unit'), column('total', '总分', 'Total')],
  rows: [
    ['新城铺镇, 东', '93.650000000000000001'],
    ['南牛乡 "南"', '0.10'],
  ],
};

describe('exported tables', () => {
  it('write every cell of an .xlsx sheet as text, so decimals keep every digit', async () => {
    const workbook = await loadWorkbook(await tablesToXlsx([TABLE]));
    const sheet = workbook.getWorksheet('排名-townships');
    expect(sheet?.getRow(2).values).toEqual([undefined, '单位名称', '总分']);
    expect(sheet?.getCell('B3').value).toBe('93.650000000000000001');
    expect(sheet?.getCell('B4').value).toBe('0.10');
    expect(sheet?.getCell('B4').numFmt).toBe('@');
  });

  it('write CSV with a byte-order mark and Chinese titles, and read it back cell for cell', () => {
    const csv = tableToCsv(TABLE);
    expect(csv.startsWith('\uFEFF单位名称,总分\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([['单位名称', '总分'], ...TABLE.rows]);
  });
});
