import { sameJson } from './live-scores.projection';

describe('sameJson: whether two standings would be written alike', () => {
  const label = { 'zh-CN': '优秀', en: 'Excellent' };

  it('holds for equal values built apart, in any key order, and for shared parts', () => {
    expect(sameJson({ id: 'a', label }, { label, id: 'a' })).toBe(true);
    expect(sameJson({ id: 'a', label: { en: 'Excellent', 'zh-CN': '优秀' } }, { id: 'a', label })).toBe(true);
    expect(sameJson({ actions: [], rankChange: 2 }, { rankChange: 2, actions: [] })).toBe(true);
    expect(sameJson([{ code: 'x', items: ['1', '2'] }], [{ code: 'x', items: ['1', '2'] }])).toBe(true);
    // JSON leaves a key holding undefined out.
    expect(sameJson({ actions: [], payFactor: undefined }, { actions: [] })).toBe(true);
    expect(sameJson(null, null)).toBe(true);
  });

  it('fails for any value, key or length that differs', () => {
    expect(sameJson({ id: 'a', label }, { id: 'b', label })).toBe(false);
    expect(sameJson({ actions: [] }, { actions: [], rankChange: 1 })).toBe(false);
    expect(sameJson({ actions: [], rankChange: 1 }, { actions: [] })).toBe(false);
    expect(sameJson({ rankChange: 1 }, { rankChange: '1' })).toBe(false);
    expect(sameJson(['1', '2'], ['1'])).toBe(false);
    expect(sameJson(['1', '2'], ['2', '1'])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson({ a: { b: ['x'] } }, { a: { b: ['y'] } })).toBe(false);
  });
});
