import type { EvaluationCommand } from '../shared/messages';
import { appealStreamId, cycleStreamId, proposalStreamId, rectificationStreamId, resultsStreamId, unitStreamId } from './stream-ids';

/**
 * Where a command is decided (`stream`, by `decider`) and which other streams its decider needs
 * folded as context: `cycle` (always, except for cycle commands), `unit` (commands that name a
 * unit on another stream; RegisterUnit: the parent unit), `proposal` (an appeal against a proposal, and its decision).
 */
export type CommandRoute = Readonly<{
  stream: string;
  decider: 'cycle' | 'unit' | 'proposal' | 'appeal' | 'results' | 'rectification';
  context: Readonly<{ cycle?: string; unit?: string; proposal?: string }>;
}>;

/**
 * The route of a command. DecideAppeal needs the appealed proposal too: its route names no
 * proposal (the command does not carry it), so the handler reads `against` from the folded appeal
 * first — see {@link appealContextProposal}.
 */
export const commandRoute = (command: EvaluationCommand): CommandRoute => {
  const { cycleId } = command.data;
  const cycle = cycleStreamId(cycleId);
  switch (command.type) {
    case 'CreateCycle':
      // The cycle it follows must exist.
      return {
        stream: cycle,
        decider: 'cycle',
        context: command.data.predecessorCycleId === undefined ? {} : { cycle: cycleStreamId(command.data.predecessorCycleId) },
      };
    case 'PublishScheme':
    case 'AmendScheme':
    case 'AssignRater':
    case 'OpenPhase':
    case 'ClosePhase':
    case 'MovePhase':
    case 'AmendCalendar':
    case 'RecordDeadlinePassed':
    case 'IssueReminder':
    case 'ChaseUnits':
      return { stream: cycle, decider: 'cycle', context: {} };
    case 'RegisterUnit':
      // The parent it hangs below must exist and be of a level it may hang below.
      return {
        stream: unitStreamId(cycleId, command.data.unitId),
        decider: 'unit',
        context: command.data.parentUnitId === undefined ? { cycle } : { cycle, unit: unitStreamId(cycleId, command.data.parentUnitId) },
      };
    case 'MoveUnit':
    case 'RetireUnit':
    case 'AssignIndicator':
    case 'AssignUnitIndicators':
    case 'ChangeTarget':
    case 'SubmitEvaluationPlan':
    case 'ApproveEvaluationPlan':
    case 'ReturnEvaluationPlan':
    case 'SubmitData':
    case 'CorrectData':
    case 'SubmitSelfAssessment':
    case 'RateUnit':
    case 'RecordSurveyResult':
    case 'SignOffPeriod':
      return { stream: unitStreamId(cycleId, command.data.unitId), decider: 'unit', context: { cycle } };
    case 'RecordInspectionFinding':
    case 'RegisterComplaint':
    case 'RecordComplaintFinding':
    case 'ClaimBonus':
    case 'RecordVetoIncident':
      return {
        stream: proposalStreamId(cycleId, command.data.proposalId),
        decider: 'proposal',
        context: { cycle, unit: unitStreamId(cycleId, command.data.unitId) },
      };
    case 'ApproveDeduction':
    case 'RejectDeduction':
    case 'RevokeDeduction':
    case 'ApproveBonus':
    case 'RejectBonus':
    case 'RevokeBonus':
    case 'ConfirmVeto':
    case 'RejectVeto':
    case 'RevokeVeto':
      return { stream: proposalStreamId(cycleId, command.data.proposalId), decider: 'proposal', context: { cycle } };
    case 'FileAppeal':
      return {
        stream: appealStreamId(cycleId, command.data.appealId),
        decider: 'appeal',
        context: command.data.against.kind === 'proposal' ? { cycle, proposal: proposalStreamId(cycleId, command.data.against.proposalId) } : { cycle },
      };
    case 'DecideAppeal':
      return { stream: appealStreamId(cycleId, command.data.appealId), decider: 'appeal', context: { cycle } };
    case 'TakeSnapshot':
    case 'ComputeResults':
    case 'PublishResults':
    case 'FinaliseResults':
      return { stream: resultsStreamId(cycleId, command.data.categoryId), decider: 'results', context: { cycle } };
    case 'OrderRectification':
      return {
        stream: rectificationStreamId(cycleId, command.data.orderId),
        decider: 'rectification',
        context: { cycle, unit: unitStreamId(cycleId, command.data.unitId) },
      };
    case 'SubmitRectificationPlan':
    case 'ReportRectificationCompleted':
    case 'AcceptRectification':
    case 'MarkRectificationOverdue':
      return { stream: rectificationStreamId(cycleId, command.data.orderId), decider: 'rectification', context: { cycle } };
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

/** The proposal stream an appeal's decision needs (the appealed proposal), once the appeal is folded. */
export const appealContextProposal = (input: Readonly<{ cycleId: string; against: Readonly<{ kind: string; proposalId?: string }> | undefined }>): string | undefined =>
  input.against?.kind === 'proposal' && input.against.proposalId !== undefined ? proposalStreamId(input.cycleId, input.against.proposalId) : undefined;
