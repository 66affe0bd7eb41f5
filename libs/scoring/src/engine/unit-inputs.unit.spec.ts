import type { Fact } from '../facts/fact.types';
import { parseScheme } from '../validation/validate-scheme';
import { scoreUnitsOfCategory } from './score-category';

// What scoreUnitsOfCategory tells a caller that keeps unit scores (live scores) about each unit's
// inputs: whether its links (corrections, revocations) all point at its own facts, and whether a
// fact was left out for being recorded after asOf (the unit must be scored again once the moment
// moves past it).

const parsed = parseScheme({
  id: 'inputs',
  name: '单位输入',
  version: 1,
  cycle: 2026,
  periods: [{ id: 'year', label: '年度' }],
  categories: [
    {
      id: 'towns',
      label: '乡镇',
      total: 10,
      parts: [{ id: 'data', label: '数据', points: 10, method: { kind: 'proportional', target: 100 } }],
      grading: { grades: [{ id: 'good', label: '好', min: 5 }, { id: 'poor', label: '差' }] },
    },
  ],
});
if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message.en).join('; '));
const { scheme } = parsed;

const value = (id: string, unitId: string, amount: string, recordedAt: string, supersedes?: string): Fact => ({
  type: 'DataSubmitted',
  id,
  unitId,
  indicatorId: 'data',
  period: 'year',
  value: amount,
  recordedAt,
  ...(supersedes === undefined ? {} : { supersedes }),
});
const revoked = (id: string, unitId: string, revokes: string, recordedAt: string): Fact => ({ type: 'FactRevoked', id, unitId, revokes, recordedAt });

const score = (units: readonly string[], facts: readonly Fact[], asOf?: string) =>
  Object.fromEntries(
    scoreUnitsOfCategory({ scheme, categoryId: 'towns', units: units.map((id) => ({ id })), facts, explanations: false, ...(asOf === undefined ? {} : { asOf }) }).units.map((unit) => [
      unit.unitId,
      { total: unit.score.total.toString(), selfContained: unit.selfContained, factsAfterAsOf: unit.factsAfterAsOf },
    ]),
  );

describe('a unit scored on its own', () => {
  const facts: Fact[] = [
    // a: corrected, then the correction corrected again, all its own.
    value('a1', 'a', '40', '2026-03-01T00:00:00.000Z'),
    value('a2', 'a', '60', '2026-03-02T00:00:00.000Z', 'a1'),
    value('a3', 'a', '80', '2026-03-03T00:00:00.000Z', 'a2'),
    // b: a correction pointing at a fact of a's.
    value('b1', 'b', '50', '2026-03-01T00:00:00.000Z'),
    value('b2', 'b', '70', '2026-03-02T00:00:00.000Z', 'a1'),
    // c: its value revoked, its own.
    value('c1', 'c', '90', '2026-03-01T00:00:00.000Z'),
    revoked('c2', 'c', 'c1', '2026-03-02T00:00:00.000Z'),
    // d: a revocation of a fact no unit has.
    value('d1', 'd', '30', '2026-03-01T00:00:00.000Z'),
    revoked('d2', 'd', 'nowhere', '2026-03-02T00:00:00.000Z'),
  ];

  it('is self-contained when every correction and revocation points at its own facts, and not when one points elsewhere', () => {
    const units = score(['a', 'b', 'c', 'd'], facts);
    expect(units).toEqual({
      a: { total: '8', selfContained: true, factsAfterAsOf: false },
      // The later value of its slot counts: its correction of a's fact replaces nothing.
      b: { total: '7', selfContained: false, factsAfterAsOf: false },
      c: { total: '0', selfContained: true, factsAfterAsOf: false },
      d: { total: '3', selfContained: false, factsAfterAsOf: false },
    });
  });

  it('says when a fact was left out for being recorded after asOf, and counts the facts recorded by then', () => {
    const units = score(['a', 'c'], facts, '2026-03-02T00:00:00.000Z');
    // a: a3 (recorded on the 3rd) is left out, so a2 counts; c: both of its facts count.
    expect(units).toEqual({
      a: { total: '6', selfContained: true, factsAfterAsOf: true },
      c: { total: '0', selfContained: true, factsAfterAsOf: false },
    });
    expect(score(['a'], facts, '2026-03-03T00:00:00.000Z')).toEqual({ a: { total: '8', selfContained: true, factsAfterAsOf: false } });
  });
});
