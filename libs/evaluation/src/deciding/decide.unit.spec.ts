import { cycleStreamId, resultsStreamId, unitStreamId } from '../streams/stream-ids';
import type { Actor, CommandMeta, Recorded } from '../shared/envelope.types';
import type { EvaluationCommand, EvaluationEvent } from '../shared/messages';
import { actors, command, cycleEvents, event, meta, recorded } from '../testing/lifecycle.factories';
import { inMemoryEvaluation } from '../testing/in-memory-evaluation';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { decide, decisionOf, openAppealsOf, type ContextNeeds, type ContextStreams } from './decide';

const member = actors.committee('member-1');
const later = { now: '2027-03-01T09:00:00+08:00' };
const cycle = cycleEvents({ scheme: TEST_SCHEME, open: ['publication'] });
const published: Recorded<EvaluationEvent>[] = [
  recorded(event('ResultsComputed', { categoryId: 'townships', asOfPosition: '120', asOf: '2027-02-20T18:00:00+08:00', schemeVersion: 1, units: [] }), { id: 'computed-1' }),
  recorded(event('ResultsPublished', { categoryId: 'townships', computed: 'computed-1', noticeEndsAt: '2027-02-28T18:00:00+08:00' }), { id: 'published-1' }),
];
const filed = (input: Readonly<{ appealId: string; cycleId?: string }>): Recorded<EvaluationEvent> =>
  recorded(
    event('AppealFiled', { appealId: input.appealId, unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '数据有误', ...(input.cycleId === undefined ? {} : { cycleId: input.cycleId }) }),
    { actor: actors.reporter('town-a') },
  );
const decided = (appealId: string): Recorded<EvaluationEvent> =>
  recorded(event('AppealDecided', { appealId, unitId: 'town-a', outcome: 'dismissed', revokes: [] }), { actor: member });
const finalise = () => command('FinaliseResults', { categoryId: 'townships' }, meta(member, later));

const finaliseWith = (appeals: readonly Recorded<EvaluationEvent>[]) =>
  decide(finalise(), { stream: published, context: (): ContextStreams => ({ cycle, appeals }) });

describe('decide: one entry point from a command to its events', () => {
  it('names the stream a command is decided on, and the context streams it needs once folded', () => {
    const decision = decisionOf(finalise());
    expect(decision.stream).toBe(resultsStreamId('c2026', 'townships'));
    const needs: ContextNeeds = decision.fold(published).needs;
    expect(needs).toEqual({ cycle: cycleStreamId('c2026'), appealsOf: 'c2026' });
  });

  it('finalises results only when every appeal of the category is decided', () => {
    expect(() => finaliseWith([filed({ appealId: 'a1' })])).toThrow(expect.objectContaining({ code: 'appeals-pending' }));
    expect(finaliseWith([filed({ appealId: 'a1' }), decided('a1')])).toMatchObject([{ type: 'ResultsFinalised' }]);
  });

  it('does not wait for an open appeal of another cycle, even one whose id starts the same', () => {
    expect(finaliseWith([filed({ appealId: 'a1', cycleId: 'c20261' })])).toMatchObject([{ type: 'ResultsFinalised' }]);
    expect(openAppealsOf({ cycleId: 'c2026', events: [filed({ appealId: 'a1', cycleId: 'c20261' }), filed({ appealId: 'a2' })] }).map((a) => a.appealId)).toEqual(['a2']);
  });

  it('is what the test harness decides with: an open appeal of another cycle does not hold results back there either', () => {
    const world = inMemoryEvaluation();
    const office = actors.office();
    const send = (build: (m: CommandMeta) => EvaluationCommand, actor: Actor = office, now = '2027-02-21T09:00:00+08:00') =>
      world.run(build(meta(actor, { now })));
    for (const cycleId of ['c2026', 'c20261']) {
      send((m) => command('CreateCycle', { cycleId, year: 2026, name: '2026年度' }, m));
      send((m) => command('PublishScheme', { cycleId, scheme: TEST_SCHEME }, m));
      send((m) => command('OpenPhase', { cycleId, phase: 'publication', trigger: 'manual' }, m));
      send((m) => command('ComputeResults', { cycleId, categoryId: 'townships', asOfPosition: '1', asOf: m.now, schemeVersion: 1, units: [] }, m));
      send((m) => command('PublishResults', { cycleId, categoryId: 'townships', noticeEndsAt: '2027-02-28T18:00:00+08:00' }, m));
    }
    const appeal = { appealId: 'a1', unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '数据有误' } as const;
    send((m) => command('FileAppeal', { cycleId: 'c20261', ...appeal }, m), actors.reporter('town-a'));
    expect(() => send((m) => command('FinaliseResults', { cycleId: 'c20261', categoryId: 'townships' }, m), member, later.now)).toThrow(
      expect.objectContaining({ code: 'appeals-pending' }),
    );
    expect(send((m) => command('FinaliseResults', { cycleId: 'c2026', categoryId: 'townships' }, m), member, later.now)).toMatchObject([{ type: 'ResultsFinalised' }]);
  });

  it('waits only for the appeals of its own category: against its results, or by a unit ranked in them', () => {
    const world = inMemoryEvaluation();
    const office = actors.office();
    const send = (build: (m: CommandMeta) => EvaluationCommand, actor: Actor = office, now = '2027-02-21T09:00:00+08:00') =>
      world.run(build(meta(actor, { now })));
    const line = (unitId: string) => ({ unitId, total: '80', grade: 'pass', rank: 1 });
    send((m) => command('CreateCycle', { cycleId: 'c2026', year: 2026, name: '2026年度' }, m));
    send((m) => command('PublishScheme', { cycleId: 'c2026', scheme: TEST_SCHEME }, m));
    send((m) => command('OpenPhase', { cycleId: 'c2026', phase: 'publication', trigger: 'manual' }, m));
    for (const [categoryId, unitId] of [['townships', 'town-a'], ['departments', 'dept-a']] as const) {
      send((m) => command('ComputeResults', { categoryId, asOfPosition: '1', asOf: m.now, schemeVersion: 1, units: [line(unitId)] }, m));
      send((m) => command('PublishResults', { categoryId, noticeEndsAt: '2027-02-28T18:00:00+08:00' }, m));
    }
    // town-a (ranked among the townships) appeals a deduction: the townships wait, the departments do not.
    send((m) => command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'fact', factId: 'evt-1' }, grounds: '扣分有误' }, m), actors.reporter('town-a'));
    const finalise = (categoryId: string) => () => send((m) => command('FinaliseResults', { categoryId }, m), member, later.now);
    expect(finalise('townships')).toThrow(expect.objectContaining({ code: 'appeals-pending', message: expect.stringContaining('a1') }));
    expect(finalise('departments')()).toMatchObject([{ type: 'ResultsFinalised', data: { categoryId: 'departments' } }]);
  });
  it('decides a unit registered under a parent against the parent’s stream, which it reads', () => {
    const register = (data: Readonly<{ unitId: string; level: 'department' | 'section'; parentUnitId?: string }>) =>
      command('RegisterUnit', { name: data.unitId, categoryId: 'departments', ...data }, meta(actors.office()));
    expect(decisionOf(register({ unitId: 'office-a', level: 'section', parentUnitId: 'dept-a' })).fold([]).needs).toEqual({
      cycle: cycleStreamId('c2026'),
      unit: unitStreamId('c2026', 'dept-a'),
    });
    expect(decisionOf(register({ unitId: 'dept-a', level: 'department' })).fold([]).needs).toEqual({ cycle: cycleStreamId('c2026') });

    const world = inMemoryEvaluation();
    world.run(command('CreateCycle', { year: 2026, name: '2026年度' }, meta(actors.office())));
    world.run(command('PublishScheme', { scheme: TEST_SCHEME }, meta(actors.office())));
    world.run(command('OpenPhase', { phase: 'planning', trigger: 'manual' }, meta(actors.office())));
    expect(() => world.run(register({ unitId: 'office-a', level: 'section', parentUnitId: 'dept-a' }))).toThrow(expect.objectContaining({ code: 'unknown-parent' }));
    world.run(register({ unitId: 'dept-a', level: 'department' }));
    expect(world.run(register({ unitId: 'office-a', level: 'section', parentUnitId: 'dept-a' }))).toMatchObject([
      { type: 'UnitRegistered', data: { unitId: 'office-a', parentUnitId: 'dept-a' } },
    ]);
  });
});
