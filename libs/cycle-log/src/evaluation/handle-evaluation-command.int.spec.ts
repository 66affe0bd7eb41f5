import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { cycleStreamId, unitStreamId, type Actor, type EvaluationCommand } from '@kaoping/evaluation';
import { parseDocumentText } from '@kaoping/scoring';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { ConcurrencyConflict, IdempotencyKeyReused } from '../command-handling/command-handling.errors';
import { foldedCycle } from './cycle-state.cache';
import { handleEvaluationCommand } from './handle-evaluation-command';

// The Zhengding seed scheme, run as the README walkthrough's 2027 cycle.
const ZHENGDING: unknown = (() => {
  const parsed = parseDocumentText(readFileSync(join(__dirname, '../../../../schemes/s3-zhengding.yaml'), 'utf8'), 'yaml');
  if (!parsed.ok) throw new Error('the Zhengding seed scheme does not parse');
  return parsed.value;
})();

const CYCLE = 'zd2027';
const office: Actor = { userId: 'office-1', role: 'office' };
const finance: Actor = { userId: 'li.finance', role: 'data-provider', providerId: 'finance-bureau' };
const development: Actor = { userId: 'zhao.development', role: 'data-provider', providerId: 'development-bureau' };
const BUREAUS: readonly Readonly<{ actor: Actor; indicatorId: string }>[] = [
  { actor: finance, indicatorId: 'fiscal-revenue' },
  { actor: development, indicatorId: 'fixed-investment' },
  { actor: { userId: 'wu.performance', role: 'data-provider', providerId: 'performance-office' }, indicatorId: 'livelihood-projects' },
  { actor: { userId: 'sun.hr', role: 'data-provider', providerId: 'hr-bureau' }, indicatorId: 'new-jobs' },
];
let sequence = 0;
const meta = (actor: Actor, now = '2027-03-01T09:00:00+08:00') => {
  sequence += 1;
  return { commandId: `cmd-${sequence}-${Math.random().toString(36).slice(2)}`, actor, now };
};

const seedCycle = async (store: EventStore): Promise<void> => {
  const commands: EvaluationCommand[] = [
    { type: 'CreateCycle', data: { cycleId: CYCLE, year: 2027, name: '2027年度乡镇绩效考评' }, meta: meta(office) },
    { type: 'PublishScheme', data: { cycleId: CYCLE, scheme: ZHENGDING }, meta: meta(office) },
    { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'planning', trigger: 'manual' }, meta: meta(office) },
    { type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: 'xinchengpu', name: '新城铺镇', level: 'township', categoryId: 'townships' }, meta: meta(office) },
    { type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: 'nanniu', name: '南牛乡', level: 'township', categoryId: 'townships' }, meta: meta(office) },
    { type: 'ClosePhase', data: { cycleId: CYCLE, phase: 'planning', trigger: 'manual' }, meta: meta(office) },
    { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'monitoring', trigger: 'manual' }, meta: meta(office) },
    { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'mid-year', trigger: 'manual' }, meta: meta(office) },
  ];
  for (const command of commands) await handleEvaluationCommand({ store, command });
};

const submit = (input: Readonly<{ actor: Actor; indicatorId: string; period: string; value: string }>): EvaluationCommand => ({
  type: 'SubmitData',
  data: { cycleId: CYCLE, unitId: 'xinchengpu', indicatorId: input.indicatorId, period: input.period, value: input.value },
  meta: meta(input.actor),
});

describe('concurrent commands on one unit stream (PostgreSQL)', () => {
  let store: EventStore;
  let schema: TestSchema;
  beforeAll(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'concurrent-commands' });
    store = await createEventStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema: schema.name, poolSize: 8 });
    await seedCycle(store);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await schema.drop();
  });

  it('bureaus submitting for the same township at the same moment all succeed without If-Match, each decided again on the new state', async () => {
    const before = (await store.readStream(unitStreamId(CYCLE, 'xinchengpu'))).length;
    // Four bureaus, each its indicator, mid-year and year-end: eight writers on one stream at once.
    const writers = BUREAUS.flatMap(({ actor, indicatorId }) =>
      ['mid-year', 'year-end'].map((period) => submit({ actor, indicatorId, period, value: period === 'mid-year' ? '3' : '6' })),
    );
    const outcomes = await Promise.all(writers.map((command) => handleEvaluationCommand({ store, command })));
    expect(outcomes.every((outcome) => outcome.eventIds.length === 1 && !outcome.replayed)).toBe(true);
    const stream = await store.readStream(unitStreamId(CYCLE, 'xinchengpu'));
    expect(stream.length).toBe(before + writers.length);
    expect(new Set(stream.slice(before).map((event) => event.metadata.commandId))).toEqual(new Set(writers.map((command) => command.meta.commandId)));
    expect(new Set(stream.map((event) => event.revision)).size).toBe(stream.length);
  });

  it('with If-Match, the one that lost still gets the conflict', async () => {
    const revision = (await store.readStream(unitStreamId(CYCLE, 'nanniu'))).at(-1)?.revision ?? 0;
    const correct = (actor: Actor, indicatorId: string): EvaluationCommand => ({
      type: 'SubmitData',
      data: { cycleId: CYCLE, unitId: 'nanniu', indicatorId, period: 'mid-year', value: '1' },
      meta: meta(actor),
    });
    const results = await Promise.allSettled([
      handleEvaluationCommand({ store, command: correct(finance, 'fiscal-revenue'), expectedRevision: revision }),
      handleEvaluationCommand({ store, command: correct(development, 'fixed-investment'), expectedRevision: revision }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(ConcurrencyConflict);
  });

  it('sees a cycle change another process made before deciding the next command (the cached fold follows the stream)', async () => {
    const other = await createEventStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema: schema.name, poolSize: 2 });
    try {
      // This process has the cycle folded (mid-year open); another closes mid-year.
      const cached = await foldedCycle(store, cycleStreamId(CYCLE));
      expect(cached.status === 'active' ? cached.phases['mid-year'].status : cached.status).toBe('open');
      await handleEvaluationCommand({ store: other, command: { type: 'ClosePhase', data: { cycleId: CYCLE, phase: 'mid-year', trigger: 'manual' }, meta: meta(office) } });
      await expect(
        handleEvaluationCommand({ store, command: submit({ actor: development, indicatorId: 'fixed-investment', period: 'mid-year', value: '9' }) }),
      ).rejects.toMatchObject({ code: 'period-closed' });
    } finally {
      await other.close();
    }
  });
});

describe('a command id sent again (PostgreSQL): the command shell alone recognises it', () => {
  let store: EventStore;
  let schema: TestSchema;
  beforeAll(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'repeated-commands' });
    store = await createEventStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema: schema.name });
    await seedCycle(store);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await schema.drop();
  });

  it('refuses the command id sent with another command, and writes nothing', async () => {
    const first = submit({ actor: finance, indicatorId: 'fiscal-revenue', period: 'mid-year', value: '3' });
    await handleEvaluationCommand({ store, command: first });
    const before = await store.readStream(unitStreamId(CYCLE, 'xinchengpu'));

    const reused: EvaluationCommand = { ...submit({ actor: finance, indicatorId: 'fiscal-revenue', period: 'mid-year', value: '4' }), meta: first.meta };

    await expect(handleEvaluationCommand({ store, command: reused })).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await store.readStream(unitStreamId(CYCLE, 'xinchengpu'))).toEqual(before);
  });

  it('answers the same command again with the first outcome and records it once, though the rules would now refuse it', async () => {
    const open: EvaluationCommand = { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'year-end', trigger: 'manual' }, meta: meta(office) };
    const first = await handleEvaluationCommand({ store, command: open });
    // Under a new command id the rules refuse it: the phase is open.
    await expect(handleEvaluationCommand({ store, command: { ...open, meta: meta(office) } })).rejects.toMatchObject({ code: 'phase-already-opened' });

    const again = await handleEvaluationCommand({ store, command: open });

    expect(again).toEqual({ ...first, replayed: true });
    const opened = (await store.readStream(cycleStreamId(CYCLE))).filter((e) => e.metadata.commandId === open.meta.commandId);
    expect(opened.map((e) => e.id)).toEqual(first.eventIds);
  });
});
