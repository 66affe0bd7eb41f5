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
import { ClaimBonusDto, RecordComplaintFindingDto, RecordInspectionFindingDto, RecordVetoIncidentDto, RegisterComplaintDto, type DeductionTermsDto } from './proposals.dto';

const termsOf = (terms: DeductionTermsDto & Readonly<{ source?: string }>) => ({
  ...present('ruleId', terms.ruleId),
  ...present('indicatorId', terms.indicatorId),
  ...present('source', terms.source),
  ...present('amount', terms.amount),
  ...present('count', terms.count),
  ...present('persons', terms.persons),
  ...present('period', terms.period),
});

/** Proposals: inspection findings, complaints, bonus claims and veto incidents, each waiting for review. */
@ApiTags('proposals')
@Controller('cycles/:cycleId')
export class ProposalsController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post('inspection-findings')
  @CommandRoute('RecordInspectionFinding', 'Record a spot-check finding (察访核验) with evidence and a proposed deduction')
  recordInspectionFinding(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RecordInspectionFindingDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, source, what, where } = body;
    const data = { cycleId, proposalId, unitId, what, where, ...termsOf(body), source };
    return this.commands.send({ type: 'RecordInspectionFinding', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('complaints')
  @CommandRoute('RegisterComplaint', 'Register a complaint (投诉) about a unit')
  registerComplaint(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RegisterComplaintDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId: body.proposalId, unitId: body.unitId, summary: body.summary, ...present('channel', body.channel) };
    return this.commands.send({ type: 'RegisterComplaint', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('complaints/:proposalId/finding')
  @CommandRoute('RecordComplaintFinding', "Record the investigation's outcome: upheld with a proposed deduction, or not upheld")
  recordComplaintFinding(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RecordComplaintFindingDto,
  ): Promise<CommandOutcome> {
    const deduction = body.deduction === undefined ? undefined : termsOf(body.deduction);
    const data = { cycleId, proposalId, unitId: body.unitId, upheld: body.upheld, findings: body.findings, ...present('deduction', deduction) };
    return this.commands.send({ type: 'RecordComplaintFinding', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('bonus-claims')
  @CommandRoute('ClaimBonus', 'Claim a bonus for an award (own unit), with the award document')
  claimBonus(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: ClaimBonusDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, ruleId, what, document } = body;
    const data = { cycleId, proposalId, unitId, ruleId, what, document, ...present('count', body.count), ...present('amount', body.amount) };
    return this.commands.send({ type: 'ClaimBonus', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('veto-incidents')
  @CommandRoute('RecordVetoIncident', 'Record a veto incident (一票否决) of a kind the unit’s category knows')
  recordVetoIncident(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RecordVetoIncidentDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, vetoId, what } = body;
    const data = { cycleId, proposalId, unitId, vetoId, what, ...present('occurredOn', body.occurredOn) };
    return this.commands.send({ type: 'RecordVetoIncident', data, meta: commandMeta(actor, request, body) }, request);
  }
}
