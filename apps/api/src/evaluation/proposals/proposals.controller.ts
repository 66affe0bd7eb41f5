import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
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
  constructor(private readonly commands: CommandBus) {}

  @Post('inspection-findings')
  @CommandRoute('RecordInspectionFinding', 'Record a spot-check finding (察访核验) with evidence and a proposed deduction')
  recordInspectionFinding(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RecordInspectionFindingDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, source, what, where } = body;
    const data = { cycleId, proposalId, unitId, what, where, ...termsOf(body), source };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RecordInspectionFinding', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('complaints')
  @CommandRoute('RegisterComplaint', 'Register a complaint (投诉) about a unit')
  registerComplaint(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RegisterComplaintDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, proposalId: body.proposalId, unitId: body.unitId, summary: body.summary, ...present('channel', body.channel) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RegisterComplaint', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('complaints/:proposalId/finding')
  @CommandRoute('RecordComplaintFinding', "Record the investigation's outcome: upheld with a proposed deduction, or not upheld")
  recordComplaintFinding(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RecordComplaintFindingDto,
  ): Promise<CommandOutcome> {
    const deduction = body.deduction === undefined ? undefined : termsOf(body.deduction);
    const data = { cycleId, proposalId, unitId: body.unitId, upheld: body.upheld, findings: body.findings, ...present('deduction', deduction) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RecordComplaintFinding', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('bonus-claims')
  @CommandRoute('ClaimBonus', 'Claim a bonus for an award (own unit), with the award document')
  claimBonus(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: ClaimBonusDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, ruleId, what, document } = body;
    const data = { cycleId, proposalId, unitId, ruleId, what, document, ...present('count', body.count), ...present('amount', body.amount) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ClaimBonus', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('veto-incidents')
  @CommandRoute('RecordVetoIncident', 'Record a veto incident (一票否决) of a kind the unit’s category knows')
  recordVetoIncident(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: RecordVetoIncidentDto,
  ): Promise<CommandOutcome> {
    const { proposalId, unitId, vetoId, what } = body;
    const data = { cycleId, proposalId, unitId, vetoId, what, ...present('occurredOn', body.occurredOn) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RecordVetoIncident', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
