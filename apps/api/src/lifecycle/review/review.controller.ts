import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ActingUser } from '@kaoping/identity';
import type { CommandOutcome } from '@kaoping/lifecycle';
import { CurrentActor } from '../../auth/auth.decorators';
import { CommandRequest, type CommandRequestContext } from '../../commands/command-request';
import { CommandRoute } from '../../commands/command-route.decorator';
import { commandMeta } from '../command-meta';
import { ParseIdPipe } from '../id.pipe';
import { LifecycleCommands } from '../lifecycle-commands.service';
import { present } from '../present.util';
import { ApproveBonusDto, ApproveDeductionDto, ConfirmVetoDto, RejectProposalDto, RevokeApprovalDto } from './review.dto';

/** The committee's review (审定) of proposals: approve, reject, and revoke after an appeal. */
@ApiTags('proposal review')
@Controller('cycles/:cycleId/proposals/:proposalId')
export class ProposalReviewController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post('deduction/approve')
  @CommandRoute('ApproveDeduction', 'Approve a proposed deduction, optionally adjusting its terms (with a reason); nobody approves their own finding')
  approveDeduction(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ApproveDeductionDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId, ...present('amount', body.amount), ...present('count', body.count), ...present('persons', body.persons) };
    return this.commands.send({ type: 'ApproveDeduction', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('deduction/reject')
  @CommandRoute('RejectDeduction', 'Reject a proposed deduction, with a reason')
  rejectDeduction(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RejectDeduction', data: { cycleId, proposalId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('deduction/revoke')
  @CommandRoute('RevokeDeduction', 'Revoke an approved deduction, with a reason (after an appeal)')
  revokeDeduction(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RevokeDeduction', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('bonus/approve')
  @CommandRoute('ApproveBonus', 'Approve a bonus claim, optionally adjusting it (with a reason)')
  approveBonus(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ApproveBonusDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId, ...present('count', body.count), ...present('amount', body.amount) };
    return this.commands.send({ type: 'ApproveBonus', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('bonus/reject')
  @CommandRoute('RejectBonus', 'Reject a bonus claim, with a reason')
  rejectBonus(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RejectBonus', data: { cycleId, proposalId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('bonus/revoke')
  @CommandRoute('RevokeBonus', 'Revoke an approved bonus, with a reason')
  revokeBonus(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RevokeBonus', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('veto/confirm')
  @CommandRoute('ConfirmVeto', "Confirm a veto incident: the scheme's veto applies to the unit")
  confirmVeto(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ConfirmVetoDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'ConfirmVeto', data: { cycleId, proposalId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('veto/reject')
  @CommandRoute('RejectVeto', 'Reject a veto incident, with a reason')
  rejectVeto(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectProposalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RejectVeto', data: { cycleId, proposalId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('veto/revoke')
  @CommandRoute('RevokeVeto', 'Revoke a confirmed veto, with a reason')
  revokeVeto(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RevokeApprovalDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RevokeVeto', data: { cycleId, proposalId, ...present('appealId', body.appealId) }, meta: commandMeta(actor, request, body) }, request);
  }
}
