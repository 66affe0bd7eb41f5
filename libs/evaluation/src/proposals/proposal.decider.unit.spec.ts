import { proposalDecider } from './proposal.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { cycleWith, departmentRegistered, townshipRegistered, unitWith } from '../testing/context.factories';
import type { Actor, Recorded } from '../shared/envelope.types';
import type { ProposalEvent } from './proposal.events';
import type { RecordInspectionFinding } from './proposal.commands';

const spec = deciderSpec(proposalDecider);
const town = unitWith([townshipRegistered('town-a')]);
const monitoring = { cycle: cycleWith({ open: ['monitoring'] }), unit: town };
const review = { cycle: cycleWith({ open: ['review'] }) };
const publication = { cycle: cycleWith({ open: ['publication'] }) };
const inspector = actors.inspector('inspector-1');
const member = actors.committee('member-1');

const finding = { proposalId: 'p1', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', what: '窗口无人值守', where: '便民服务中心', amount: '0.5' };
const findingRecorded = (by: Actor = inspector): Recorded<ProposalEvent> => recorded(event('InspectionFindingRecorded', finding), { id: 'finding-1', actor: by });
const approved = recorded(
  event('DeductionApproved', { proposalId: 'p1', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', amount: '0.5', approves: 'finding-1', adjusted: false }),
  { id: 'approval-1', actor: member },
);

describe('proposals: inspection findings', () => {
  it('records a finding with evidence and a proposed deduction', () =>
    spec
      .given([])
      .when(command('RecordInspectionFinding', finding, meta(inspector, { evidence: ['photo-17'] })), monitoring)
      .then([event('InspectionFindingRecorded', finding)]));

  it('refuses a finding without evidence', () =>
    spec
      .given([])
      .when(command('RecordInspectionFinding', finding, meta(inspector)), monitoring)
      .thenThrows({ kind: 'invalid-input', code: 'evidence-required' }, (error) => expect(error.details[0]?.path).toBe('evidence')));

  it.each<[string, Partial<RecordInspectionFinding['data']>, string]>([
    ['a rule the category lacks', { ruleId: 'littering' }, 'unknown-rule'],
    ['no amount for a rule without points', { amount: undefined }, 'amount-required'],
    ['a per-person rule without persons', { ruleId: 'integrity', amount: undefined }, 'persons-required'],
    ['a rule and an indicator', { indicatorId: 'revenue' }, 'rule-or-indicator'],
    ['an inspecting body the scheme lacks', { source: 'press' }, 'unknown-source'],
    ['a negative amount', { amount: '-1' }, 'not-positive'],
  ])('refuses a finding with %s', (_what, change, code) =>
    spec
      .given([])
      .when(
        command('RecordInspectionFinding', { ...finding, ...change }, meta(actors.inspector('inspector-1', change.source ?? finding.source), { evidence: ['photo-1'] })),
        monitoring,
      )
      .thenThrows({ kind: 'invalid-input', code }),
  );

  it('records a finding against a deduction-based indicator', () =>
    spec
      .given([])
      .when(
        command(
          'RecordInspectionFinding',
          { proposalId: 'p2', unitId: 'dept-a', indicatorId: 'supervision', source: 'efficiency-office', what: '迟到', where: '办公室', amount: '1' },
          meta(inspector, { evidence: ['photo-2'] }),
        ),
        { ...monitoring, unit: unitWith([departmentRegistered('dept-a')]) },
      )
      .thenMatches([{ type: 'InspectionFindingRecorded', data: { indicatorId: 'supervision', amount: '1' } }]));

  it('records findings from monitoring to year-end only', () =>
    spec
      .given([])
      .when(command('RecordInspectionFinding', finding, meta(inspector, { evidence: ['photo-1'] })), { cycle: cycleWith({ open: ['review'] }), unit: town })
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('needs the unit to exist', () =>
    spec
      .given([])
      .when(command('RecordInspectionFinding', finding, meta(inspector, { evidence: ['photo-1'] })), { cycle: monitoring.cycle })
      .thenThrows({ kind: 'not-found', code: 'unit-not-found' }));
});

describe('proposals: review', () => {
  it('lets the committee approve a finding, pointing at it', () =>
    spec
      .given([findingRecorded()])
      .when(command('ApproveDeduction', { proposalId: 'p1' }, meta(member)), review)
      .then([
        event('DeductionApproved', { proposalId: 'p1', unitId: 'town-a', ruleId: 'inspection', source: 'efficiency-office', amount: '0.5', approves: 'finding-1', adjusted: false }),
      ]));

  it('refuses to let anyone approve a proposal they recorded themselves, whatever role they act in', () => {
    const sameUser: Actor = { userId: 'zhang', role: 'committee' };
    spec
      .given([findingRecorded({ userId: 'zhang', role: 'inspector', providerId: 'efficiency-office' })])
      .when(command('ApproveDeduction', { proposalId: 'p1' }, meta(sameUser)), review)
      .thenThrows({ kind: 'forbidden', code: 'self-approval' });
  });

  it('refuses the inspector approving at all', () =>
    spec.given([findingRecorded()]).when(command('ApproveDeduction', { proposalId: 'p1' }, meta(inspector)), review).thenThrows({ kind: 'forbidden', code: 'role-not-allowed' }));

  it('lets the approver adjust the amount with a reason', () => {
    spec.given([findingRecorded()]).when(command('ApproveDeduction', { proposalId: 'p1', amount: '0.3' }, meta(member)), review).thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given([findingRecorded()])
      .when(command('ApproveDeduction', { proposalId: 'p1', amount: '0.3' }, meta(member, { reason: '情节较轻' })), review)
      .thenMatches([{ type: 'DeductionApproved', data: { amount: '0.3', adjusted: true } }]);
  });

  it('counts an equal amount written differently as no adjustment', () =>
    spec.given([findingRecorded()]).when(command('ApproveDeduction', { proposalId: 'p1', amount: '0.50' }, meta(member)), review).thenMatches([{ data: { adjusted: false } }]));

  it('rejects only with a reason', () => {
    spec.given([findingRecorded()]).when(command('RejectDeduction', { proposalId: 'p1' }, meta(member)), review).thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given([findingRecorded()])
      .when(command('RejectDeduction', { proposalId: 'p1' }, meta(member, { reason: '证据不足' })), review)
      .then([event('DeductionRejected', { proposalId: 'p1', unitId: 'town-a', rejects: 'finding-1' })]);
  });

  it('decides a proposal once', () =>
    spec.given([findingRecorded(), approved]).when(command('ApproveDeduction', { proposalId: 'p1' }, meta(member)), review).thenThrows({ kind: 'rule-violated', code: 'already-decided' }));

  it('decides only in review', () =>
    spec.given([findingRecorded()]).when(command('ApproveDeduction', { proposalId: 'p1' }, meta(member)), { cycle: cycleWith({ open: ['year-end'] }) }).thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('refuses a decision of the wrong kind', () =>
    spec.given([findingRecorded()]).when(command('ApproveBonus', { proposalId: 'p1' }, meta(member)), review).thenThrows({ kind: 'rule-violated', code: 'wrong-proposal-kind' }));

  it('refuses a decision on nothing', () =>
    spec.given([]).when(command('ApproveDeduction', { proposalId: 'p1' }, meta(member)), review).thenThrows({ kind: 'not-found', code: 'proposal-not-found' }));
});

describe('proposals: revocation after appeal', () => {
  it('revokes an approved deduction, pointing at the approval and the appeal', () =>
    spec
      .given([findingRecorded(), approved])
      .when(command('RevokeDeduction', { proposalId: 'p1', appealId: 'a1' }, meta(actors.system(), { reason: 'appeal a1 upheld' })), publication)
      .then([event('DeductionRevoked', { proposalId: 'p1', unitId: 'town-a', revokes: 'approval-1', appealId: 'a1' })]));

  it('lets the system revoke only for an appeal', () =>
    spec
      .given([findingRecorded(), approved])
      .when(command('RevokeDeduction', { proposalId: 'p1' }, meta(actors.system(), { reason: 'x' })), publication)
      .thenThrows({ kind: 'forbidden', code: 'system-needs-appeal' }));

  it('revokes only what was approved', () =>
    spec
      .given([findingRecorded()])
      .when(command('RevokeDeduction', { proposalId: 'p1', appealId: 'a1' }, meta(actors.system(), { reason: 'x' })), publication)
      .thenThrows({ kind: 'rule-violated', code: 'not-approved' }));
});

describe('proposals: complaints', () => {
  const handler = actors.complaintHandler();
  const registered = recorded(event('ComplaintRegistered', { proposalId: 'c1', unitId: 'town-a', summary: '办事推诿', channel: '12345' }), { id: 'complaint-1', actor: handler });

  it('registers a complaint and records an upheld finding as a proposed deduction', () => {
    spec
      .given([])
      .when(command('RegisterComplaint', { proposalId: 'c1', unitId: 'town-a', summary: '办事推诿', channel: '12345' }, meta(handler)), monitoring)
      .then([event('ComplaintRegistered', { proposalId: 'c1', unitId: 'town-a', summary: '办事推诿', channel: '12345' })]);
    spec
      .given([registered])
      .when(command('RecordComplaintFinding', { proposalId: 'c1', unitId: 'town-a', upheld: true, findings: '查实', deduction: { ruleId: 'criticism' } }, meta(handler)), monitoring)
      .then([event('ComplaintFindingRecorded', { proposalId: 'c1', unitId: 'town-a', upheld: true, findings: '查实', deduction: { ruleId: 'criticism' } })]);
  });

  it('leaves nothing to review when the complaint is not upheld', () => {
    const notUpheld = recorded(event('ComplaintFindingRecorded', { proposalId: 'c1', unitId: 'town-a', upheld: false, findings: '不属实' }), { actor: handler });
    spec.given([registered, notUpheld]).when(command('ApproveDeduction', { proposalId: 'c1' }, meta(member)), review).thenThrows({ kind: 'rule-violated', code: 'complaint-not-upheld' });
  });

  it('needs a deduction for an upheld complaint and none otherwise', () => {
    spec
      .given([registered])
      .when(command('RecordComplaintFinding', { proposalId: 'c1', unitId: 'town-a', upheld: true, findings: '查实' }, meta(handler)), monitoring)
      .thenThrows({ kind: 'invalid-input', code: 'deduction-required' });
    spec
      .given([registered])
      .when(command('RecordComplaintFinding', { proposalId: 'c1', unitId: 'town-a', upheld: false, findings: '不属实', deduction: { ruleId: 'criticism' } }, meta(handler)), monitoring)
      .thenThrows({ kind: 'invalid-input', code: 'no-deduction-if-not-upheld' });
  });

  it('records one finding per complaint', () => {
    const upheld = recorded(event('ComplaintFindingRecorded', { proposalId: 'c1', unitId: 'town-a', upheld: false, findings: '不属实' }), { actor: handler });
    spec
      .given([registered, upheld])
      .when(command('RecordComplaintFinding', { proposalId: 'c1', unitId: 'town-a', upheld: false, findings: 'again' }, meta(handler)), monitoring)
      .thenThrows({ kind: 'conflict', code: 'finding-already-recorded' });
  });
});

describe('proposals: bonuses and vetoes', () => {
  const reporter = actors.reporter('town-a');
  const claim = { proposalId: 'b1', unitId: 'town-a', ruleId: 'provincial-award', count: '1', what: '省级文明乡镇', document: 'cert-2026-01' };

  it('takes a bonus claim from the unit itself', () => {
    spec.given([]).when(command('ClaimBonus', claim, meta(reporter)), monitoring).then([event('BonusClaimed', claim)]);
    spec.given([]).when(command('ClaimBonus', claim, meta(actors.reporter('town-b'))), monitoring).thenThrows({ kind: 'forbidden', code: 'not-own-unit' });
  });

  it('needs an amount for a bonus rule without points', () =>
    spec.given([]).when(command('ClaimBonus', { ...claim, ruleId: 'innovation' }, meta(reporter)), monitoring).thenThrows({ kind: 'invalid-input', code: 'amount-required' }));

  it('approves a claim with its terms', () =>
    spec
      .given([recorded(event('BonusClaimed', claim), { id: 'claim-1', actor: reporter })])
      .when(command('ApproveBonus', { proposalId: 'b1' }, meta(member)), review)
      .then([event('BonusApproved', { proposalId: 'b1', unitId: 'town-a', ruleId: 'provincial-award', count: '1', approves: 'claim-1', adjusted: false })]));

  it('records a veto incident of a kind the category knows, and confirms it', () => {
    spec
      .given([])
      .when(command('RecordVetoIncident', { proposalId: 'v1', unitId: 'town-a', vetoId: 'flood', what: '洪灾' }, meta(actors.office())), monitoring)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-veto' });
    const incident = recorded(event('VetoIncidentRecorded', { proposalId: 'v1', unitId: 'town-a', vetoId: 'safety-accident', what: '较大安全事故' }), { id: 'incident-1' });
    spec
      .given([incident])
      .when(command('ConfirmVeto', { proposalId: 'v1' }, meta(member)), review)
      .then([event('VetoConfirmed', { proposalId: 'v1', unitId: 'town-a', vetoId: 'safety-accident', approves: 'incident-1' })]);
  });

  it('refuses a second proposal under the same id', () =>
    spec.given([recorded(event('BonusClaimed', claim), { actor: reporter })]).when(command('ClaimBonus', claim, meta(reporter)), monitoring).thenThrows({ kind: 'conflict', code: 'proposal-exists' }));
});

describe('proposals: inspecting bodies', () => {
  it('records a finding only under the inspector’s own body, so per-source caps hold', () =>
    spec
      .given([])
      .when(command('RecordInspectionFinding', { ...finding, source: 'stats-bureau' }, meta(inspector, { evidence: ['photo-1'] })), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-source' }));
});
