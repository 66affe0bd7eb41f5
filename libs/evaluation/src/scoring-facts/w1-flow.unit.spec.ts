import { type UnitResult, parseScheme, scoreCategory } from '@kaoping/scoring';
import { appealWorkflow } from '../appeals/appeal.workflow';
import type { Actor, Recorded } from '../shared/envelope.types';
import type { EvaluationCommand, EvaluationEvent } from '../shared/messages';
import { inMemoryEvaluation } from '../testing/in-memory-evaluation';
import { actors, command, meta } from '../testing/lifecycle.factories';
import { SICHUAN_2014 } from '../testing/sichuan-2014.fixture';
import { cycleView } from './cycle-view';
import { eventIdOfFact, scoringFactsOf } from './scoring-facts';

// EXAMPLES.md W1 (Sichuan 2014, one department) recorded as commands through the deciders, folded
// into facts, and scored with @kaoping/scoring: governor 8.00 + vice-governor 10.00 + committee
// 45.87 + peers 13.88 + public 13.61 + bonus 4.00 − deductions 1.70 = 93.65, 先进.

const CYCLE = 'c2014';
const UNIT = 'department-w1';
const COMMITTEE: Record<string, readonly [string, string, string]> = {
  duties: ['好', '好', '较好'],
  'lawful-administration': ['好', '较好', '较好'],
  'policy-execution': ['好', '好', '好'],
  'efficiency-building': ['较好', '较好', '较好'],
  'administrative-cost': ['好', '较好', '差'],
  'emergency-management': ['好', '好', '好'],
  'serving-the-public': ['好', '好', '较好'],
  'accepting-oversight': ['较好', '较好', '好'],
  cooperation: ['好', '好', '好'],
  'party-building': ['好', '好', '好'],
  'work-style': ['较好', '较好', '较好'],
  integrity: ['好', '好', '差'],
};

const scheme = (() => {
  const parsed = parseScheme(SICHUAN_2014);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scheme;
})();

const w1 = () => {
  const world = inMemoryEvaluation();
  let minute = 0;
  // Every command a minute after the last, from 2014-03-01: recordedAt orders the facts.
  const tick = (): string => {
    minute += 1;
    return new Date(Date.UTC(2014, 2, 1, 0, minute)).toISOString();
  };
  const send = (actor: Actor, build: (commandMeta: ReturnType<typeof meta>) => EvaluationCommand, extra: Parameters<typeof meta>[1] = {}) =>
    world.run(build(meta(actor, { now: tick(), ...extra })));
  const office = actors.office();
  const phase = (name: Parameters<typeof command<'OpenPhase'>>[1]['phase'], action: 'open' | 'close') =>
    send(office, (m) => (action === 'open' ? command('OpenPhase', { cycleId: CYCLE, phase: name, trigger: 'manual' }, m) : command('ClosePhase', { cycleId: CYCLE, phase: name, trigger: 'manual' }, m)));

  send(office, (m) => command('CreateCycle', { cycleId: CYCLE, year: 2014, name: '2014年度省政府部门绩效管理' }, m));
  send(office, (m) => command('PublishScheme', { cycleId: CYCLE, scheme: SICHUAN_2014 }, m));
  phase('planning', 'open');
  send(office, (m) => command('RegisterUnit', { cycleId: CYCLE, unitId: UNIT, name: '某厅（W1）', level: 'department', categoryId: 'departments' }, m));
  send(office, (m) => command('AssignRater', { cycleId: CYCLE, raterId: 'governor', raterRole: 'governor', units: 'all' }, m));
  send(office, (m) => command('AssignRater', { cycleId: CYCLE, raterId: 'vice-governor-3', raterRole: 'vice-governor', units: [UNIT] }, m));
  for (const member of ['member-1', 'member-2', 'member-3']) {
    send(office, (m) => command('AssignRater', { cycleId: CYCLE, raterId: member, raterRole: 'committee-member', units: 'all' }, m));
  }
  phase('planning', 'close');
  phase('monitoring', 'open');

  const finding = (proposalId: string, terms: Readonly<{ ruleId: string; persons?: string }>, source: string) =>
    send(actors.inspector(`inspector-${source}`, source), (m) => command('RecordInspectionFinding', { cycleId: CYCLE, proposalId, unitId: UNIT, ...terms, source, what: '通报', where: '省政府' }, m), { evidence: [`doc-${proposalId}`] });
  finding('criticism', { ruleId: 'provincial-criticism' }, 'performance-office');
  finding('integrity', { ruleId: 'integrity-division', persons: '1' }, 'supervision-department');
  finding('accountability', { ruleId: 'accountability', persons: '2' }, 'supervision-department');
  const reporter = actors.reporter(UNIT);
  send(reporter, (m) => command('ClaimBonus', { cycleId: CYCLE, proposalId: 'central', unitId: UNIT, ruleId: 'central-award', count: '1', what: '全国表彰', document: 'cert-1' }, m));
  send(reporter, (m) => command('ClaimBonus', { cycleId: CYCLE, proposalId: 'provincial', unitId: UNIT, ruleId: 'provincial-award', count: '2', what: '省级表彰', document: 'cert-2' }, m));
  phase('monitoring', 'close');

  phase('year-end', 'open');
  const rate = (raterId: string, role: 'leader' | 'committee', data: Readonly<{ indicatorId: string; raterRole: string; grade: string }>) =>
    send({ userId: raterId, role }, (m) => command('RateUnit', { cycleId: CYCLE, unitId: UNIT, ...data }, m));
  rate('governor', 'leader', { indicatorId: 'governor', raterRole: 'governor', grade: '较好' });
  rate('vice-governor-3', 'leader', { indicatorId: 'vice-governor', raterRole: 'vice-governor', grade: '好' });
  for (const [indicatorId, grades] of Object.entries(COMMITTEE)) {
    grades.forEach((grade, at) => rate(`member-${at + 1}`, 'committee', { indicatorId, raterRole: 'committee-member', grade }));
  }
  const survey = actors.surveyOffice();
  send(survey, (m) => command('RecordSurveyResult', { cycleId: CYCLE, unitId: UNIT, indicatorId: 'peers', counts: { 满意: '14', 比较满意: '5', 不满意: '1' }, sampleSize: '20' }, m));
  send(survey, (m) =>
    command('RecordSurveyResult', { cycleId: CYCLE, unitId: UNIT, indicatorId: 'public', counts: { satisfied: '260', 'fairly-satisfied': '110', dissatisfied: '30' }, sampleSize: '400' }, m),
  );
  phase('year-end', 'close');

  phase('review', 'open');
  const beforeApprovals = world.log().length;
  const chair = actors.committee('member-9');
  for (const proposalId of ['criticism', 'integrity', 'accountability']) send(chair, (m) => command('ApproveDeduction', { cycleId: CYCLE, proposalId }, m));
  for (const proposalId of ['central', 'provincial']) send(chair, (m) => command('ApproveBonus', { cycleId: CYCLE, proposalId }, m));
  return { world, send, tick, phase, beforeApprovals, reporter, chair, office };
};

const score = (events: readonly Recorded<EvaluationEvent>[]): UnitResult => {
  const input = scoringFactsOf(events, { categoryId: 'departments' });
  const result = scoreCategory({ scheme, categoryId: 'departments', units: input.units, facts: input.facts });
  const unit = result.units.find((entry) => entry.unitId === UNIT);
  if (unit === undefined) throw new Error('W1 unit not scored');
  return unit;
};

const parts = (unit: UnitResult) => Object.fromEntries(unit.parts.map((part) => [part.id, part.shown]));

describe('W1 through the lifecycle', () => {
  it('scores the recorded cycle 93.65, 先进, part by part', () => {
    const unit = score(w1().world.log());
    expect(parts(unit)).toEqual({ governor: '8.00', 'vice-governor': '10.00', committee: '45.87', peers: '13.88', public: '13.61' });
    expect([unit.bonus.shown, unit.deduction.shown, unit.total, unit.grade.label['zh-CN']]).toEqual(['4.00', '1.70', '93.65', '先进']);
  });

  it('scores any prefix of the log: before the committee’s approvals, no bonus and no deduction', () => {
    const { world, beforeApprovals } = w1();
    const unit = score(world.log().slice(0, beforeApprovals));
    expect([unit.bonus.shown, unit.deduction.shown, unit.total]).toEqual(['0.00', '0.00', '91.35']);
  });

  it('links every fact to the event that recorded it', () => {
    const { world } = w1();
    const ids = new Set(world.log().map((event) => event.id));
    const { facts } = scoringFactsOf(world.log(), { categoryId: 'departments' });
    expect(facts.length).toBe(2 + 36 + 2 + 3 + 2);
    expect(facts.every((fact) => ids.has(eventIdOfFact(fact.id)))).toBe(true);
  });

  it('revokes a deduction through an upheld appeal, and the score follows', () => {
    const { world, send, phase, reporter, chair, office } = w1();
    phase('review', 'close');
    phase('publication', 'open');
    const [computed] = send(office, (m) =>
      command('ComputeResults', { cycleId: CYCLE, categoryId: 'departments', asOfPosition: String(world.log().length), asOf: m.now, schemeVersion: 1, units: [{ unitId: UNIT, total: '93.65', grade: 'advanced', rank: 1 }] }, m),
    );
    expect(computed?.type).toBe('ResultsComputed');
    send(office, (m) => command('PublishResults', { cycleId: CYCLE, categoryId: 'departments', noticeEndsAt: '2015-12-31T00:00:00Z' }, m));
    send(reporter, (m) => command('FileAppeal', { cycleId: CYCLE, appealId: 'a1', unitId: UNIT, against: { kind: 'proposal', proposalId: 'integrity' }, grounds: '该干部非本厅人员' }, m));
    const [decided] = send(chair, (m) => command('DecideAppeal', { cycleId: CYCLE, appealId: 'a1', outcome: 'upheld' }, m));
    if (decided?.type !== 'AppealDecided') throw new Error('appeal not decided');

    const intentions = appealWorkflow.decide(decided);
    const revoked = intentions.flatMap((intention) => (intention.kind === 'command' ? world.run(intention.command) : []));
    expect(revoked.map((event) => event.type)).toEqual(['DeductionRevoked']);
    // The worker retrying the same intention adds nothing.
    const again = intentions.flatMap((intention) => (intention.kind === 'command' ? world.run(intention.command) : []));
    expect(again.map((event) => event.id)).toEqual(revoked.map((event) => event.id));

    const unit = score(world.log());
    expect([unit.deduction.shown, unit.total]).toEqual(['1.20', '94.15']);
    const view = world.log().reduce(cycleView.evolve, cycleView.initial());
    expect(view.proposals.get('integrity')?.status).toBe('revoked');
    expect(view.results.get('departments')?.status).toBe('published');
  });

  it('keeps the published results until an appeal decision or a new publication changes them', () => {
    const { world, send, phase, office } = w1();
    phase('review', 'close');
    phase('publication', 'open');
    const results = { cycleId: CYCLE, categoryId: 'departments', schemeVersion: 1, units: [{ unitId: UNIT, total: '93.65', grade: 'advanced', rank: 1 }] };
    send(office, (m) => command('ComputeResults', { ...results, asOfPosition: '1', asOf: m.now }, m));
    send(office, (m) => command('PublishResults', { cycleId: CYCLE, categoryId: 'departments', noticeEndsAt: '2015-12-31T00:00:00Z' }, m));
    expect(() => send(office, (m) => command('ComputeResults', { ...results, asOfPosition: '2', asOf: m.now }, m))).toThrow(expect.objectContaining({ code: 'results-published' }));
    expect(world.log().at(-1)?.type).toBe('ResultsPublished');
  });
});
