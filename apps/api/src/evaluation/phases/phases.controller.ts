import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe, ParseOneOfPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
import { ClosePhaseDto, MovePhaseDto, OpenPhaseDto } from './phases.dto';

const phaseParam = new ParseOneOfPipe<PhaseId>(PHASE_IDS);

/** Phases opened, closed and moved by hand (the schedule's own changes are the worker's). */
@ApiTags('phases')
@ApiParam({ name: 'phase', enum: PHASE_IDS, example: 'mid-year' })
@Controller('cycles/:cycleId/phases/:phase')
export class PhasesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('open')
  @CommandRoute('OpenPhase', 'Open a phase by hand: from now on it accepts the commands that belong to it')
  open(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: OpenPhaseDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'OpenPhase', data: { cycleId, phase, trigger: 'manual' }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('close')
  @CommandRoute('ClosePhase', 'Close a phase by hand; the periods it closes change from then on only by a correction')
  close(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: ClosePhaseDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, phase, trigger: 'manual' as const, ...(body.periods === undefined ? {} : { periods: body.periods }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ClosePhase', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('move')
  @CommandRoute('MovePhase', "Move a phase's dates by hand, with a reason")
  move(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: MovePhaseDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, phase, ...(body.start === undefined ? {} : { start: body.start }), ...(body.end === undefined ? {} : { end: body.end }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'MovePhase', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
