import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CategoryResult } from '@kaoping/scoring';
import type { Actor } from '../shared/envelope.types';
import type { EvaluationCommand } from '../shared/messages';
import { inMemoryEvaluation } from '../testing/in-memory-evaluation';
import { actors, command, meta } from '../testing/lifecycle.factories';
import { scoreCategory } from './score-view';

// Xunyang (S8, schemes/s8-xunyang-znsx.yaml): 区直单位 without investment-promotion duty are scored
// on their own tree (N 80 + conduct 20) and ranked with the other 区直单位 (N 70 + S 15 + 15) in
// the ranking group `district-departments-all`. Recorded through the lifecycle, every score read
// (snapshots, results, audit, exports, live scores all score through scoreCategory) ranks and
// grades the group across its two categories: 28 units, round(28 × 1/5) = 6 winners, one last place.

const XUNYANG: unknown = parse(readFileSync(join(__dirname, '../../../../schemes/s8-xunyang-znsx.yaml'), 'utf8'));
const CYCLE = 'xunyang_2026';
const AS_OF = '2027-02-01T00:00:00+08:00';

// 22 departments with investment duty and 6 without; unit i loses (its loss) / 4 points on routine work.
const withDuty = Array.from({ length: 22 }, (_, index) => ({ id: `dept_${String(index).padStart(2, '0')}`, categoryId: 'district-departments', loss: index * 2 }));
const withoutDuty = Array.from({ length: 6 }, (_, index) => ({ id: `free_${index}`, categoryId: 'district-departments-no-investment', loss: index * 2 + 1 }));

const recordedCycle = () => {
  const world = inMemoryEvaluation();
  let minute = 0;
  const send = (actor: Actor, build: (commandMeta: ReturnType<typeof meta>) => EvaluationCommand) => {
    minute += 1;
    world.run(build(meta(actor, { now: new Date(Date.UTC(2026, 0, 5, 0, minute)).toISOString(), evidence: ['doc'] })));
  };
  const office = actors.office();
  const phase = (name: 'planning' | 'monitoring' | 'year-end' | 'review', action: 'open' | 'close') =>
    send(office, (m) => command(action === 'open' ? 'OpenPhase' : 'ClosePhase', { cycleId: CYCLE, phase: name, trigger: 'manual' }, m));
  send(office, (m) => command('CreateCycle', { cycleId: CYCLE, year: 2026, name: '2026年度浔阳区综合考核' }, m));
  send(office, (m) => command('PublishScheme', { cycleId: CYCLE, scheme: XUNYANG as never }, m));
  phase('planning', 'open');
  for (const unit of [...withDuty, ...withoutDuty]) {
    send(office, (m) => command('RegisterUnit', { cycleId: CYCLE, unitId: unit.id, name: unit.id, level: 'department', categoryId: unit.categoryId }, m));
  }
  phase('planning', 'close');
  phase('monitoring', 'open');
  const inspector = actors.inspector('inspector-1', 'assessment-office');
  for (const unit of [...withDuty, ...withoutDuty].filter((candidate) => candidate.loss > 0)) {
    send(inspector, (m) =>
      command('RecordInspectionFinding', { cycleId: CYCLE, proposalId: `finding_${unit.id}`, unitId: unit.id, indicatorId: 'routine', amount: String(unit.loss / 4), period: 'year', source: 'assessment-office', what: '常规工作未完成', where: '区考评办' }, m),
    );
  }
  phase('monitoring', 'close');
  phase('year-end', 'open');
  phase('year-end', 'close');
  phase('review', 'open');
  for (const unit of [...withDuty, ...withoutDuty].filter((candidate) => candidate.loss > 0)) {
    send(actors.committee(), (m) => command('ApproveDeduction', { cycleId: CYCLE, proposalId: `finding_${unit.id}` }, m));
  }
  return world.view();
};

const winnersOf = (result: CategoryResult): readonly string[] => result.units.filter((unit) => unit.grade.id === 'winner').map((unit) => unit.unitId);
const lastPlaceOf = (result: CategoryResult): readonly string[] => result.units.filter((unit) => unit.flags.some((flag) => flag.ref === 'last-place')).map((unit) => unit.unitId);

describe('a ranking group across categories, through the lifecycle (Xunyang 区直单位)', () => {
  const view = recordedCycle();

  it('reads the group by its id: 28 units ranked 1 to 28, 6 winners over both trees and one last place', () => {
    const group = scoreCategory(view, 'district-departments-all', AS_OF);
    expect(group.units.map((unit) => unit.rank)).toEqual(Array.from({ length: 28 }, (_, index) => index + 1));
    expect(winnersOf(group)).toEqual(['dept_00', 'free_0', 'dept_01', 'free_1', 'dept_02', 'free_2']);
    expect(group.grades.find((grade) => grade.id === 'winner')).toMatchObject({ count: 6, places: 6 });
    expect(lastPlaceOf(group)).toEqual(['dept_21']);
    expect(group.ranking).toMatchObject({ id: 'district-departments-all', units: 28 });
  });

  it('scores each member category with its own units, ranked and graded within the group (4 + 1 winners apart become 3 + 3)', () => {
    const withInvestment = scoreCategory(view, 'district-departments', AS_OF);
    const without = scoreCategory(view, 'district-departments-no-investment', AS_OF);
    expect([withInvestment.units.length, without.units.length]).toEqual([22, 6]);
    expect(winnersOf(withInvestment)).toEqual(['dept_00', 'dept_01', 'dept_02']);
    expect(winnersOf(without)).toEqual(['free_0', 'free_1', 'free_2']);
    expect(without.units.map((unit) => `${unit.unitId} ${unit.rank} ${unit.total}`)).toEqual([
      'free_0 2 99.75',
      'free_1 4 99.25',
      'free_2 6 98.75',
      'free_3 8 98.25',
      'free_4 10 97.75',
      'free_5 12 97.25',
    ]);
    expect(lastPlaceOf(without)).toEqual([]);
    expect(lastPlaceOf(withInvestment)).toEqual(['dept_21']);
    expect(withInvestment.grades).toEqual(without.grades);
    expect([without.categoryId, without.ranking?.id, without.ranking?.units]).toEqual(['district-departments-no-investment', 'district-departments-all', 28]);
  });

  it('leaves a category outside any group ranked on its own', () => {
    expect(scoreCategory(view, 'subdistricts', AS_OF).ranking).toBeUndefined();
  });
});
