import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createEventStore, type EventStore, type ReadStreamOptions } from '@kaoping/eventstore';
import { scoreCategory, type Actor, type EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand } from '../evaluation/handle-evaluation-command';
import { foldCategoryScoringView, foldScoringView } from './score-from-log';

// Snapshots and results score one category from the log reading only the streams its scores depend
// on: the cycle, and the units (and their proposals) of the category, of the categories ranked in a
// group with it, and of the project categories it takes grades from. Pinned here: the same scores
// as from the whole cycle, for every category of Xunyang (S8: two categories ranked as one group),
// with units moved between categories and deductions on units of several categories.

const XUNYANG: unknown = parse(readFileSync(join(__dirname, '../../../../schemes/s8-xunyang-znsx.yaml'), 'utf8'));
const CYCLE = 'xunyang_2026';
const AS_OF = '2027-02-01T00:00:00+08:00';
const office: Actor = { userId: 'office-1', role: 'office' };
const inspector: Actor = { userId: 'inspector-1', role: 'inspector', providerId: 'assessment-office' };
const committee: Actor = { userId: 'member-1', role: 'committee' };

const UNITS = [
  ...Array.from({ length: 5 }, (_, i) => ({ id: `dept_${i}`, categoryId: 'district-departments' })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `free_${i}`, categoryId: 'district-departments-no-investment' })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `street_${i}`, categoryId: 'subdistricts' })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `party_${i}`, categoryId: 'party-departments' })),
];
// Moved in planning: one into the group, one out of it.
const MOVES = [
  { unitId: 'street_3', toCategoryId: 'district-departments' },
  { unitId: 'free_2', toCategoryId: 'party-departments' },
];

/** The store, counting the unit streams read one by one. */
const counting = (store: EventStore) => {
  const reads = { unitStreams: 0 };
  const wrapped: EventStore = Object.create(store, {
    readStream: {
      value: (streamId: string, options?: ReadStreamOptions) => {
        if (streamId.startsWith('unit-')) reads.unitStreams += 1;
        return store.readStream(streamId, options);
      },
    },
  });
  return { store: wrapped, reads };
};

describe('a category scored from the log reads only what its scores depend on', () => {
  let store: EventStore;
  let head: bigint;
  let minute = 0;
  const send = async (actor: Actor, type: EvaluationCommand['type'], data: object): Promise<void> => {
    minute += 1;
    const command = { type, data: { cycleId: CYCLE, ...data }, meta: { commandId: `cmd-${minute}`, actor, now: new Date(Date.UTC(2026, 0, 5, 0, minute)).toISOString(), evidence: ['doc'], reason: '考核安排' } };
    // Built from the type and the data the test gives; the decider checks the shape as the API would.
    await handleEvaluationCommand({ store, command: command as unknown as EvaluationCommand });
  };
  const phase = (name: string, action: 'open' | 'close') => send(office, action === 'open' ? 'OpenPhase' : 'ClosePhase', { phase: name, trigger: 'manual' });

  beforeAll(async () => {
    store = await createEventStore({ kind: 'embedded' });
    await send(office, 'CreateCycle', { year: 2026, name: '2026年度浔阳区综合考核' });
    await send(office, 'PublishScheme', { scheme: XUNYANG });
    await phase('planning', 'open');
    for (const unit of UNITS) await send(office, 'RegisterUnit', { unitId: unit.id, name: unit.id, level: 'department', categoryId: unit.categoryId });
    for (const move of MOVES) await send(office, 'MoveUnit', move);
    await phase('planning', 'close');
    await phase('monitoring', 'open');
    for (const [at, unit] of UNITS.entries()) {
      if (at % 3 === 0) continue;
      await send(inspector, 'RecordInspectionFinding', { proposalId: `finding_${unit.id}`, unitId: unit.id, indicatorId: 'routine', amount: String((at % 5) + 1), period: 'year', source: 'assessment-office', what: '常规工作未完成', where: '区考评办' });
    }
    await phase('monitoring', 'close');
    await phase('year-end', 'open');
    await phase('year-end', 'close');
    await phase('review', 'open');
    for (const [at, unit] of UNITS.entries()) if (at % 3 !== 0 && at % 4 !== 0) await send(committee, 'ApproveDeduction', { proposalId: `finding_${unit.id}` });
    head = await store.headPosition();
  }, 60_000);

  afterAll(async () => {
    await store.close();
  });

  it.each(['district-departments', 'district-departments-no-investment', 'district-departments-all', 'subdistricts', 'party-departments', 'company-sections'])(
    'scores %s as from the whole cycle',
    async (categoryId) => {
      const whole = await foldScoringView({ store, cycleId: CYCLE, position: head });
      const { store: watched, reads } = counting(store);
      const own = await foldCategoryScoringView({ store: watched, cycleId: CYCLE, categoryId, position: head });
      expect(scoreCategory(own, categoryId, AS_OF)).toEqual(scoreCategory(whole, categoryId, AS_OF));
      // Fewer units folded than the cycle has: the others' streams were not read.
      expect(own.units.size).toBeLessThan(whole.units.size);
      expect(reads.unitStreams).toBe(own.units.size);
    },
  );

  it('reads the group whole for a category ranked in it, and the moved units where they are now', async () => {
    const own = await foldCategoryScoringView({ store, cycleId: CYCLE, categoryId: 'district-departments-no-investment', position: head });
    expect([...own.units.keys()].sort()).toEqual([...['dept_0', 'dept_1', 'dept_2', 'dept_3', 'dept_4', 'free_0', 'free_1', 'street_3']].sort());
  });

  it('scores as of an earlier position as the whole cycle did then', async () => {
    const earlier = head - 5n;
    const whole = await foldScoringView({ store, cycleId: CYCLE, position: earlier });
    const own = await foldCategoryScoringView({ store, cycleId: CYCLE, categoryId: 'district-departments', position: earlier });
    expect(scoreCategory(own, 'district-departments', AS_OF)).toEqual(scoreCategory(whole, 'district-departments', AS_OF));
  });
});
