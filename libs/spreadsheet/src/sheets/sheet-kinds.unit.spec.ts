import { commandOfRow, type RowContext } from './sheet-kinds';

const context: RowContext = { cycleId: 'qitai2026', meta: { commandId: 'import:units:2', actor: { userId: 'wang.office', role: 'office' }, now: '2026-02-01T00:00:00Z' }, proposalId: 'p-1' };
const row = (cells: Readonly<Record<string, string>>) => commandOfRow('units', new Map(Object.entries(cells)), context);

describe('units sheet rows', () => {
  it('registers a county whose category cell is empty without a category, as the API does (the unscored root of the tree)', () =>
    expect(row({ unitId: 'qitai', name: '奇台县', level: '县', categoryId: '', parentUnitId: '' })).toEqual({
      type: 'RegisterUnit',
      data: { cycleId: 'qitai2026', unitId: 'qitai', name: '奇台县', level: 'county' },
      meta: context.meta,
    }));

  it('passes the category and the parent of a department as they are', () =>
    expect(row({ unitId: 'caizhengju', name: '县财政局', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' })).toEqual(
      expect.objectContaining({ data: { cycleId: 'qitai2026', unitId: 'caizhengju', name: '县财政局', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' } }),
    ));
});
