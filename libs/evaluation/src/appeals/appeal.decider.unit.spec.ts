import { appealDecider } from './appeal.decider';
import { appealWorkflow } from './appeal.workflow';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { cycleWith } from '../testing/context.factories';
import { proposalDecider } from '../proposals/proposal.decider';
import type { ProposalEvent } from '../proposals/proposal.events';
import type { Recorded } from '../shared/envelope.types';
import type { AppealDecided } from './appeal.events';

const spec = deciderSpec(appealDecider);
const reporter = actors.reporter('town-a');
const member = actors.committee('member-1');
const publication = cycleWith({ open: ['publication'] });

const proposal = (events: readonly Recorded<ProposalEvent>[]) => events.reduce(proposalDecider.evolve, proposalDecider.initialState());
const finding = recorded(
  event('InspectionFindingRecorded', { proposalId: 'p1', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', what: '脱岗', where: '窗口', amount: '0.5' }),
  { id: 'finding-1', actor: actors.inspector() },
);
const approval = recorded(
  event('DeductionApproved', { proposalId: 'p1', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', amount: '0.5', approves: 'finding-1', adjusted: false }),
  { id: 'approval-1', actor: member },
);
const approvedDeduction = proposal([finding, approval]);
const filed = recorded(event('AppealFiled', { appealId: 'a1', unitId: 'town-a', against: { kind: 'proposal', proposalId: 'p1' }, grounds: '当日在岗，有签到记录' }), {
  id: 'appeal-1',
  actor: reporter,
});

describe('appeals: filing', () => {
  it('takes an appeal from the unit against its approved deduction during publication', () =>
    spec
      .given([])
      .when(
        command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'proposal', proposalId: 'p1' }, grounds: '当日在岗，有签到记录' }, meta(reporter)),
        { cycle: publication, proposal: approvedDeduction },
      )
      .then([event('AppealFiled', { appealId: 'a1', unitId: 'town-a', against: { kind: 'proposal', proposalId: 'p1' }, grounds: '当日在岗，有签到记录' })]));

  it('takes appeals only during publication', () =>
    spec
      .given([])
      .when(command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '排名有误' }, meta(reporter)), {
        cycle: cycleWith({ open: ['review'] }),
      })
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('refuses an appeal for another unit', () =>
    spec
      .given([])
      .when(command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '排名有误' }, meta(actors.reporter('town-b'))), {
        cycle: publication,
      })
      .thenThrows({ kind: 'forbidden', code: 'not-own-unit' }));

  it('refuses an appeal against another unit’s deduction', () =>
    spec
      .given([])
      .when(command('FileAppeal', { appealId: 'a1', unitId: 'town-b', against: { kind: 'proposal', proposalId: 'p1' }, grounds: '?' }, meta(actors.reporter('town-b'))), {
        cycle: publication,
        proposal: approvedDeduction,
      })
      .thenThrows({ kind: 'forbidden', code: 'not-own-unit' }));

  it('refuses an appeal against what was never approved', () =>
    spec
      .given([])
      .when(command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'proposal', proposalId: 'p1' }, grounds: '?' }, meta(reporter)), {
        cycle: publication,
        proposal: proposal([finding]),
      })
      .thenThrows({ kind: 'rule-violated', code: 'nothing-to-appeal' }));
});

describe('appeals: decision', () => {
  it('revokes the appealed approval when upheld without a list', () =>
    spec
      .given([filed])
      .when(command('DecideAppeal', { appealId: 'a1', outcome: 'upheld' }, meta(member)), { cycle: publication, proposal: approvedDeduction })
      .then([event('AppealDecided', { appealId: 'a1', unitId: 'town-a', outcome: 'upheld', revokes: [{ proposalId: 'p1', kind: 'deduction' }] })]));

  it('revokes nothing when dismissed, and refuses a list then', () => {
    spec
      .given([filed])
      .when(command('DecideAppeal', { appealId: 'a1', outcome: 'dismissed' }, meta(member)), { cycle: publication, proposal: approvedDeduction })
      .then([event('AppealDecided', { appealId: 'a1', unitId: 'town-a', outcome: 'dismissed', revokes: [] })]);
    spec
      .given([filed])
      .when(command('DecideAppeal', { appealId: 'a1', outcome: 'dismissed', revokes: [{ proposalId: 'p1', kind: 'deduction' }] }, meta(member)), { cycle: publication })
      .thenThrows({ kind: 'invalid-input', code: 'dismissed-revokes-nothing' });
  });

  it('decides once, and only what was filed', () => {
    const decided = recorded(event('AppealDecided', { appealId: 'a1', unitId: 'town-a', outcome: 'dismissed', revokes: [] }), { actor: member });
    spec.given([filed, decided]).when(command('DecideAppeal', { appealId: 'a1', outcome: 'upheld' }, meta(member)), { cycle: publication }).thenThrows({ kind: 'conflict', code: 'already-decided' });
    spec.given([]).when(command('DecideAppeal', { appealId: 'a1', outcome: 'upheld' }, meta(member)), { cycle: publication }).thenThrows({ kind: 'not-found', code: 'appeal-not-found' });
  });

  it('is decided by the committee, not the office or the unit', () =>
    spec.given([filed]).when(command('DecideAppeal', { appealId: 'a1', outcome: 'upheld' }, meta(reporter)), { cycle: publication }).thenThrows({ kind: 'forbidden', code: 'role-not-allowed' }));
});

describe('appeal workflow', () => {
  const decided = (data: Partial<AppealDecided['data']>): Recorded<AppealDecided> =>
    recorded(event('AppealDecided', { appealId: 'a1', unitId: 'town-a', outcome: 'upheld', revokes: [{ proposalId: 'p1', kind: 'deduction' }], ...data }), {
      id: 'decision-1',
      actor: member,
      at: '2027-02-25T10:00:00+08:00',
    });

  it('turns an upheld appeal into a revocation sent by the system, idempotent by the decision’s id', () =>
    expect(appealWorkflow.decide(decided({}))).toEqual([
      {
        kind: 'command',
        command: {
          type: 'RevokeDeduction',
          data: { cycleId: 'c2026', proposalId: 'p1', appealId: 'a1' },
          meta: { commandId: 'decision-1:revoke:p1', actor: { userId: 'system', role: 'system' }, now: '2027-02-25T10:00:00+08:00', reason: 'appeal a1 upheld' },
        },
      },
    ]));

  it('revokes bonuses and vetoes with their own commands', () =>
    expect(
      appealWorkflow
        .decide(decided({ outcome: 'partly-upheld', revokes: [{ proposalId: 'b1', kind: 'bonus' }, { proposalId: 'v1', kind: 'veto' }] }))
        .map((intention) => (intention.kind === 'command' ? intention.command.type : intention.kind)),
    ).toEqual(['RevokeBonus', 'RevokeVeto']));

  it('ignores a dismissed appeal, or one that revokes nothing, with the reason', () => {
    expect(appealWorkflow.decide(decided({ outcome: 'dismissed', revokes: [] }))).toEqual([{ kind: 'ignore', reason: 'appeal a1 was dismissed' }]);
    expect(appealWorkflow.decide(decided({ revokes: [] }))).toMatchObject([{ kind: 'ignore' }]);
  });

  it('sends a revocation the proposal decider accepts', () => {
    const [intention] = appealWorkflow.decide(decided({}));
    if (intention?.kind !== 'command' || intention.command.type !== 'RevokeDeduction') throw new Error('expected a RevokeDeduction');
    expect(proposalDecider.decide(intention.command, { state: approvedDeduction, context: { cycle: publication } })).toEqual([
      event('DeductionRevoked', { proposalId: 'p1', unitId: 'town-a', revokes: 'approval-1', appealId: 'a1' }),
    ]);
  });
});
