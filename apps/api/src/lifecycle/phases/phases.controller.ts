import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { ActingUser } from '@kaoping/identity';
import type { CommandOutcome } from '@kaoping/lifecycle';
import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { CurrentActor } from '../../auth/auth.decorators';
import { CommandRequest, type CommandRequestContext } from '../../commands/command-request';
import { CommandRoute } from '../../commands/command-route.decorator';
import { commandMeta } from '../command-meta';
import { ParseIdPipe, ParseOneOfPipe } from '../id.pipe';
import { LifecycleCommands } from '../lifecycle-commands.service';
import { ClosePhaseDto, MovePhaseDto, OpenPhaseDto } from './phases.dto';

const phaseParam = new ParseOneOfPipe<PhaseId>(PHASE_IDS);

/** Phases opened, closed and moved by hand (the schedule's own changes are the worker's). */
@ApiTags('phases')
@ApiParam({ name: 'phase', enum: PHASE_IDS, example: 'mid-year' })
@Controller('cycles/:cycleId/phases/:phase')
export class PhasesController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post('open')
  @CommandRoute('OpenPhase', 'Open a phase by hand: from now on it accepts the commands that belong to it')
  open(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: OpenPhaseDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'OpenPhase', data: { cycleId, phase, trigger: 'manual' }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('close')
  @CommandRoute('ClosePhase', 'Close a phase by hand; the periods it closes change from then on only by a correction')
  close(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: ClosePhaseDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, phase, trigger: 'manual' as const, ...(body.periods === undefined ? {} : { periods: body.periods }) };
    return this.commands.send({ type: 'ClosePhase', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('move')
  @CommandRoute('MovePhase', "Move a phase's dates by hand, with a reason")
  move(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('phase', phaseParam) phase: PhaseId,
    @Body() body: MovePhaseDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, phase, ...(body.start === undefined ? {} : { start: body.start }), ...(body.end === undefined ? {} : { end: body.end }) };
    return this.commands.send({ type: 'MovePhase', data, meta: commandMeta(actor, request, body) }, request);
  }
}
