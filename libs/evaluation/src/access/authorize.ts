import type { AppealState } from '../appeals/appeal.state';
import type { ActiveCycle, CycleState, RaterAssignment } from '../cycle/cycle.state';
import type { ProposalState } from '../proposals/proposal.state';
import type { RectificationState } from '../rectification/rectification.state';
import { Forbidden } from '../shared/domain-error';
import type { Actor } from '../shared/envelope.types';
import type { EvaluationCommand } from '../shared/messages';
import type { UnitState } from '../units/unit.state';
import { roleMaySend } from './role-permissions';

/** The folded streams an authorization may look at; the deciders pass what they have. */
export type AccessScope = Readonly<{
  cycle?: CycleState;
  unit?: UnitState;
  proposal?: ProposalState;
  appeal?: AppealState;
  rectification?: RectificationState;
}>;

/** Allowed, or refused by a named rule. */
export type Authorization = Readonly<{ ok: true }> | Readonly<{ ok: false; error: Forbidden }>;

const ALLOWED: Authorization = { ok: true };
const refuse = (code: string, message: string): Authorization => ({
  ok: false,
  error: new Forbidden({ code, message, details: [{ path: 'meta.actor', rule: code, message }] }),
});
// A rule that needs a stream the caller did not load refuses rather than guesses.
const cannotVerify = (what: string): Authorization => refuse('cannot-verify', `${what} is needed to check this command`);

const ownUnit = (actor: Actor, unitId: string | undefined): Authorization =>
  unitId !== undefined && actor.unitId === unitId ? ALLOWED : refuse('not-own-unit', 'a unit reporter acts for its own unit only');

/** The provider of a unit's indicator: the assignment's, else the scheme node's. */
export const providerOf = (input: Readonly<{ cycle: ActiveCycle; unit: UnitState; indicatorId: string }>): string | undefined => {
  if (input.unit.status === 'unregistered') return undefined;
  const assigned = input.unit.assignments.get(input.indicatorId)?.providerId;
  if (assigned !== undefined) return assigned;
  const { categoryId } = input.unit.unit;
  return categoryId === undefined ? undefined : input.cycle.scheme.index.categories.get(categoryId)?.indicators.get(input.indicatorId)?.provider;
};

const mayWriteIndicator = (input: Readonly<{ actor: Actor; scope: AccessScope; unitId: string; indicatorId: string | undefined }>): Authorization => {
  const { cycle, unit } = input.scope;
  if (cycle?.status !== 'active' || unit === undefined) return cannotVerify('the cycle and the unit');
  if (input.indicatorId === undefined) return ALLOWED; // the decider reports the unknown submission
  const provider = providerOf({ cycle, unit, indicatorId: input.indicatorId });
  switch (input.actor.role) {
    case 'data-provider':
      return provider !== undefined && provider === input.actor.providerId
        ? ALLOWED
        : refuse('not-own-indicator', `indicator ${input.indicatorId} is not assigned to provider ${input.actor.providerId ?? '(none)'}`);
    case 'unit-reporter': {
      const own = ownUnit(input.actor, input.unitId);
      if (!own.ok) return own;
      return provider === undefined
        ? ALLOWED
        : refuse('not-own-indicator', `indicator ${input.indicatorId} is reported by its data provider ${provider}`);
    }
    default:
      return refuse('role-not-allowed', `role ${input.actor.role} does not submit data`);
  }
};

/** Whether an assignment lets the rater rate this unit (and indicator). */
export const coversRating = (assignment: RaterAssignment, target: Readonly<{ unitId: string; indicatorId?: string }>): boolean =>
  (assignment.units === 'all' || assignment.units.includes(target.unitId)) &&
  (assignment.indicators === undefined || target.indicatorId === undefined || assignment.indicators.includes(target.indicatorId));

const assignedRater = (
  input: Readonly<{ actor: Actor; cycle: CycleState | undefined; unitId: string; indicatorId?: string; raterRole?: string }>,
): Authorization => {
  if (input.cycle?.status !== 'active') return cannotVerify('the cycle');
  const assigned = input.cycle.raters.some(
    (assignment) =>
      assignment.raterId === input.actor.userId &&
      (input.raterRole === undefined || assignment.raterRole === input.raterRole) &&
      coversRating(assignment, { unitId: input.unitId, ...(input.indicatorId === undefined ? {} : { indicatorId: input.indicatorId }) }),
  );
  return assigned
    ? ALLOWED
    : refuse('not-assigned-rater', `${input.actor.userId} is not assigned to rate unit ${input.unitId}${input.raterRole === undefined ? '' : ` as ${input.raterRole}`}`);
};

const notSelfApproval = (actor: Actor, proposal: ProposalState | undefined): Authorization => {
  if (proposal === undefined) return cannotVerify('the proposal');
  if (proposal.status !== 'proposed') return ALLOWED; // the decider reports the state
  return proposal.proposedBy === actor.userId
    ? refuse('self-approval', 'nobody approves or rejects a proposal they recorded')
    : ALLOWED;
};

const triggerMatchesRole = (actor: Actor, trigger: 'schedule' | 'manual'): Authorization =>
  (trigger === 'schedule') === (actor.role === 'system')
    ? ALLOWED
    : refuse('trigger-role', 'the schedule is the system’s; a manual change is the office’s');

const revocation = (actor: Actor, appealId: string | undefined): Authorization =>
  actor.role === 'system' && appealId === undefined
    ? refuse('system-needs-appeal', 'the system revokes only to carry out an appeal decision')
    : ALLOWED;

// Per-source caps (each inspecting body at most N points) hold only if a body records under its own name.
const ownSource = (actor: Actor, source: string): Authorization =>
  actor.providerId !== undefined && actor.providerId === source
    ? ALLOWED
    : refuse('not-own-source', `an inspector records findings for its own body (${actor.providerId ?? 'none'}), not ${source}`);

const rectificationUnit = (scope: AccessScope): string | undefined =>
  scope.rectification === undefined || scope.rectification.status === 'none' ? undefined : scope.rectification.unitId;

const submissionIndicator = (scope: AccessScope, supersedes: string): string | undefined =>
  scope.unit === undefined || scope.unit.status === 'unregistered' ? undefined : scope.unit.submissions.get(supersedes)?.indicatorId;

const scopedRule = (command: EvaluationCommand, scope: AccessScope): Authorization => {
  const actor = command.meta.actor;
  switch (command.type) {
    case 'OpenPhase':
    case 'ClosePhase':
      return triggerMatchesRole(actor, command.data.trigger);
    case 'SubmitData':
      return mayWriteIndicator({ actor, scope, unitId: command.data.unitId, indicatorId: command.data.indicatorId });
    case 'CorrectData':
      return mayWriteIndicator({ actor, scope, unitId: command.data.unitId, indicatorId: submissionIndicator(scope, command.data.supersedes) });
    case 'SubmitEvaluationPlan':
    case 'SubmitSelfAssessment':
    case 'ClaimBonus':
    case 'FileAppeal':
      return ownUnit(actor, command.data.unitId);
    case 'SubmitRectificationPlan':
    case 'ReportRectificationCompleted':
      return scope.rectification === undefined ? cannotVerify('the rectification order') : ownUnit(actor, rectificationUnit(scope));
    case 'RecordInspectionFinding':
      return ownSource(actor, command.data.source);
    case 'RateUnit':
      return assignedRater({
        actor,
        cycle: scope.cycle,
        unitId: command.data.unitId,
        indicatorId: command.data.indicatorId,
        raterRole: command.data.raterRole,
      });
    case 'SignOffPeriod':
      // The group leader (a committee member) signs any unit off; a leader, the units assigned to him.
      return actor.role === 'committee' ? ALLOWED : assignedRater({ actor, cycle: scope.cycle, unitId: command.data.unitId });
    case 'ApproveDeduction':
    case 'RejectDeduction':
    case 'ApproveBonus':
    case 'RejectBonus':
    case 'ConfirmVeto':
    case 'RejectVeto':
      return notSelfApproval(actor, scope.proposal);
    case 'RevokeDeduction':
    case 'RevokeBonus':
    case 'RevokeVeto':
      return revocation(actor, command.data.appealId);
    case 'CreateCycle':
    case 'PublishScheme':
    case 'AmendScheme':
    case 'AssignRater':
    case 'MovePhase':
    case 'AmendCalendar':
    case 'RecordDeadlinePassed':
    case 'IssueReminder':
    case 'ChaseUnits':
    case 'RegisterUnit':
    case 'MoveUnit':
    case 'RetireUnit':
    case 'AssignIndicator':
    case 'AssignUnitIndicators':
    case 'ChangeTarget':
    case 'ApproveEvaluationPlan':
    case 'ReturnEvaluationPlan':
    case 'RecordSurveyResult':
    case 'RegisterComplaint':
    case 'RecordComplaintFinding':
    case 'RecordVetoIncident':
    case 'DecideAppeal':
    case 'TakeSnapshot':
    case 'ComputeResults':
    case 'PublishResults':
    case 'FinaliseResults':
    case 'OrderRectification':
    case 'AcceptRectification':
    case 'MarkRectificationOverdue':
      return ALLOWED;
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

/**
 * Whether the command's actor (`command.meta.actor`) may send it: the role table
 * ({@link ROLE_PERMISSIONS}), then the scoped rules — a unit reporter acts for its own unit; a
 * data provider writes only the indicators assigned to its providerId; a rater rates only the
 * units (and indicators) assigned to them in that rater role; an inspector records findings
 * under its own body (providerId = source); nobody approves or rejects a
 * proposal they recorded; the schedule is the system's and manual phase changes the office's;
 * the system revokes only for an appeal. Pure; the deciders call it, so a handler cannot skip it.
 * A rule that needs a stream missing from `scope` refuses with 'cannot-verify'.
 */
export const authorize = (command: EvaluationCommand, scope: AccessScope): Authorization => {
  const actor = command.meta.actor;
  if (!roleMaySend(actor.role, command.type)) {
    return refuse('role-not-allowed', `role ${actor.role} may not ${command.type}`);
  }
  return scopedRule(command, scope);
};

/** {@link authorize}, throwing its Forbidden error. */
export const assertAuthorized = (command: EvaluationCommand, scope: AccessScope): void => {
  const authorization = authorize(command, scope);
  if (!authorization.ok) throw authorization.error;
};

/**
 * The scoped rules alone, throwing their Forbidden error: for the guards, which consulted the role
 * table already ({@link assertRoleMaySend}).
 */
export const assertScopeAllows = (command: EvaluationCommand, scope: AccessScope): void => {
  const authorization = scopedRule(command, scope);
  if (!authorization.ok) throw authorization.error;
};

/** The role table alone ({@link ROLE_PERMISSIONS}), throwing Forbidden 'role-not-allowed': checked before anything else. */
export const assertRoleMaySend = (command: EvaluationCommand): void => {
  const { role } = command.meta.actor;
  if (!roleMaySend(role, command.type)) {
    throw new Forbidden({
      code: 'role-not-allowed',
      message: `role ${role} may not ${command.type}`,
      details: [{ path: 'meta.actor.role', rule: 'role-not-allowed', message: `role ${role} may not ${command.type}` }],
    });
  }
};
