import { ROLES, type Role } from '../shared/envelope.types';
import { COMMAND_TYPES, type EvaluationCommandType } from '../shared/messages';
import { actors, command, meta } from '../testing/lifecycle.factories';
import { cycleWith, townshipRegistered, unitWith } from '../testing/context.factories';
import { authorize } from './authorize';
import { ROLE_PERMISSIONS, roleMaySend, rolesFor } from './role-permissions';

const APPROVALS: readonly EvaluationCommandType[] = ['ApproveDeduction', 'RejectDeduction', 'ApproveBonus', 'RejectBonus', 'ConfirmVeto', 'RejectVeto', 'DecideAppeal'];

const OFFICE_ONLY: readonly EvaluationCommandType[] = ['CreateCycle', 'PublishScheme', 'AmendScheme', 'RegisterUnit', 'AssignIndicator', 'PublishResults'];
const UNIT_INPUT: readonly EvaluationCommandType[] = ['SubmitData', 'CorrectData', 'SubmitSelfAssessment'];

describe('the role table', () => {
  it.each(['auditor', 'admin'] as const)('lets the %s write nothing', (role) => expect(COMMAND_TYPES.filter((type) => roleMaySend(role, type))).toEqual([]));

  it('gives every command to some role', () => expect(COMMAND_TYPES.filter((type) => rolesFor(type).length === 0)).toEqual([]));

  it('names only known command types', () => expect(Object.values(ROLE_PERMISSIONS).flat().filter((type) => !COMMAND_TYPES.includes(type))).toEqual([]));

  it('leaves approvals of bonuses, deductions, vetoes, appeals and results to the committee', () =>
    expect(APPROVALS.map((type) => [type, rolesFor(type)])).toEqual(APPROVALS.map((type) => [type, ['committee']])));

  it('finalises results by the committee, or by the scheduler once the notice period is over', () =>
    expect(rolesFor('FinaliseResults')).toEqual(['committee', 'system']));

  it('keeps the running of the cycle to the office (and the scheduler)', () =>
    expect(OFFICE_ONLY.map((type) => rolesFor(type))).toEqual([
      ['office'],
      ['office'],
      ['office'],
      ['office'],
      ['office'],
      ['office'],
    ]));

  it.each<[Role, readonly EvaluationCommandType[]]>([
    ['data-provider', ['SubmitData', 'CorrectData']],
    ['survey-office', ['RecordSurveyResult']],
    ['inspector', ['RecordInspectionFinding', 'RecordVetoIncident']],
    ['complaint-handler', ['RegisterComplaint', 'RecordComplaintFinding']],
    ['leader', ['RateUnit', 'SignOffPeriod']],
  ])('lets the %s send only %j', (role, types) => expect(COMMAND_TYPES.filter((type) => roleMaySend(role, type))).toEqual(types));

  it('never lets the committee submit data for a unit', () => expect(UNIT_INPUT.some((type) => roleMaySend('committee', type))).toBe(false));

  it('covers every role', () => expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort()));
});

describe('authorize', () => {
  const cycle = cycleWith({ open: ['monitoring'] });
  const unit = unitWith([townshipRegistered('town-a')]);
  const submit = (actor: Parameters<typeof meta>[0]) => command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(actor));

  it('allows the provider the scheme names for the indicator', () => expect(authorize(submit(actors.provider('finance-bureau')), { cycle, unit })).toEqual({ ok: true }));

  it('refuses by a named rule, without throwing', () => {
    const authorization = authorize(submit(actors.provider('stats-bureau')), { cycle, unit });
    expect(authorization).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'not-own-indicator' } });
  });

  it('refuses the auditor by the role table first', () =>
    expect(authorize(submit(actors.auditor()), { cycle, unit })).toMatchObject({ ok: false, error: { code: 'role-not-allowed' } }));

  it('refuses rather than guesses when a stream it needs is missing', () =>
    expect(authorize(submit(actors.provider('finance-bureau')), { cycle })).toMatchObject({ ok: false, error: { code: 'cannot-verify' } }));
});
