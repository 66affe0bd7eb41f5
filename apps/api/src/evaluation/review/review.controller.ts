import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
import { present } from '../present.util';
import { ApproveBonusDto, ApproveDeductionDto, ConfirmVetoDto, RejectProposalDto, RevokeApprovalDto } from './review.dto';

/** The committee's review (审定) of proposals: approve, reject, and revoke after an appeal. */
@ApiTags('proposal review')
@Controller('cycles/:cycleId/proposals/:proposalId')
export class ProposalReviewController {
  constructor(private readonly commands: CommandBus) {}

  @Post('deduction/approve')
  @CommandRoute('ApproveDeduction', 'Approve a proposed deduction, optionally adjusting its terms (with a reason); nobody approves their own finding')
  approveDeduction(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ApproveDeductionDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId, ...present('amount', body.amount), ...present('count', body.count), ...present('persons', body.persons) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ApproveDeduction', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('deduction/reject')
  @CommandRoute('RejectDeduction', 'Reject a proposed deduction, with a reason')
  rejectDeduction(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RejectDeduction', data: { cycleId, proposalId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('deduction/revoke')
  @CommandRoute('RevokeDeduction', 'Revoke an approved deduction, with a reason (after an appeal)')
  revokeDeduction(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RevokeDeduction', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('bonus/approve')
  @CommandRoute('ApproveBonus', 'Approve a bonus claim, optionally adjusting it (with a reason)')
  approveBonus(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ApproveBonusDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId, ...present('count', body.count), ...present('amount', body.amount) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ApproveBonus', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('bonus/reject')
  @CommandRoute('RejectBonus', 'Reject a bonus claim, with a reason')
  rejectBonus(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RejectBonus', data: { cycleId, proposalId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('bonus/revoke')
  @CommandRoute('RevokeBonus', 'Revoke an approved bonus, with a reason')
  revokeBonus(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RevokeBonus', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('veto/confirm')
  @CommandRoute('ConfirmVeto', "Confirm a veto incident: the scheme's veto applies to the unit")
  confirmVeto(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ConfirmVetoDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'ConfirmVeto', data: { cycleId, proposalId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('veto/reject')
  @CommandRoute('RejectVeto', 'Reject a veto incident, with a reason')
  rejectVeto(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RejectVeto', data: { cycleId, proposalId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('veto/revoke')
  @CommandRoute('RevokeVeto', 'Revoke a confirmed veto, with a reason')
  revokeVeto(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RevokeVeto', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(sending, body) }, sending.request));
  }
}
