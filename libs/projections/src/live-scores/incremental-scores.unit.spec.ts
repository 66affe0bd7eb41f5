import { PersistentList, type CycleView, type FactList } from '@kaoping/evaluation';
import type { ScoredUnit } from '@kaoping/scoring';
import { type CategoryInputs, type CategoryScores, dirtyUnits } from './incremental-scores';

// Only identities and the flags dirtyUnits reads matter here.
const cycle = { status: 'active' } as unknown as CycleView['cycle'];
const factsA: FactList = PersistentList.of([]);
const factsB: FactList = PersistentList.of([]);
const scored = (unitId: string, factsAfterAsOf = false): ScoredUnit => ({ unitId, warnings: [], selfContained: true, factsAfterAsOf }) as unknown as ScoredUnit;

const previous: CategoryScores = {
  cycle,
  asOf: '2099-03-01T10:00:00.000Z',
  clockKey: 'passed:[]',
  units: new Map([
    ['a', { name: 'A', facts: factsA, scored: scored('a') }],
    ['b', { name: 'B', facts: factsB, scored: scored('b', true) }],
  ]),
};
const now = (change: Partial<CategoryInputs> = {}, facts: Readonly<Record<string, FactList>> = { a: factsA, b: factsB }): CategoryInputs => ({
  cycle,
  asOf: previous.asOf,
  clockKey: previous.clockKey,
  units: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  factsOf: (unitId) => facts[unitId],
  ...change,
});

describe('dirtyUnits', () => {
  it('marks nothing when nothing changed', () => {
    expect(dirtyUnits(previous, now())).toEqual(new Set());
  });

  it('marks the whole category with nothing stored, a changed cycle, a moved deadline clock or an earlier moment', () => {
    expect(dirtyUnits(undefined, now())).toBe('all');
    expect(dirtyUnits(previous, now({ cycle: { ...cycle } }))).toBe('all');
    expect(dirtyUnits(previous, now({ clockKey: 'passed:["year-data"]' }))).toBe('all');
    expect(dirtyUnits(previous, now({ asOf: '2099-02-01T00:00:00.000Z' }))).toBe('all');
  });

  it('marks a unit whose facts, name or membership changed', () => {
    expect(dirtyUnits(previous, now({}, { a: PersistentList.of(factsA.toArray()), b: factsB }))).toEqual(new Set(['a']));
    expect(dirtyUnits(previous, now({ units: [{ id: 'a', name: 'A2' }, { id: 'b', name: 'B' }] }))).toEqual(new Set(['a']));
    expect(dirtyUnits(previous, now({ units: [{ id: 'b', name: 'B' }, { id: 'c', name: 'C' }] }))).toEqual(new Set(['c']));
  });

  it('marks a unit with facts recorded after the earlier moment when the moment moves on', () => {
    expect(dirtyUnits(previous, now({ asOf: '2099-03-01T11:00:00.000Z' }))).toEqual(new Set(['b']));
  });
});
