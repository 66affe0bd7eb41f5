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
import { ComputeResultsDto, FinaliseResultsDto, PublishResultsDto, TakeSnapshotDto } from './results.dto';

/** A category's results: scored from the log (snapshot, provisional), published for notice, finalised. */
@ApiTags('results')
@Controller('cycles/:cycleId/results/:categoryId')
export class ResultsController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post('snapshots')
  @CommandRoute('TakeSnapshot', "Freeze a phase's scores of the category, scored now from the log (with the log position)")
  async takeSnapshot(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseIdPipe) categoryId: string,
    @Body() body: TakeSnapshotDto,
  ): Promise<CommandOutcome> {
    const scored = await this.commands.score({ cycleId, categoryId, asOf: request.now });
    const data = { cycleId, categoryId, phase: body.phase, asOf: request.now, ...scored };
    return this.commands.send({ type: 'TakeSnapshot', data, meta: commandMeta(actor, request, body) }, request, { cycleId, categoryId, phase: body.phase });
  }

  @Post('computations')
  @CommandRoute('ComputeResults', 'Compute provisional results of the category from the log as it is now (after publication: only with the deciding appeal)')
  async compute(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseIdPipe) categoryId: string,
    @Body() body: ComputeResultsDto,
  ): Promise<CommandOutcome> {
    const scored = await this.commands.score({ cycleId, categoryId, asOf: request.now });
    const data = { cycleId, categoryId, asOf: request.now, ...scored, ...present('appealId', body.appealId) };
    return this.commands.send({ type: 'ComputeResults', data, meta: commandMeta(actor, request, body) }, request, { cycleId, categoryId, appealId: body.appealId ?? null });
  }

  @Post('publication')
  @CommandRoute('PublishResults', 'Publish the latest computed results for a notice period (公示)')
  publish(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseIdPipe) categoryId: string,
    @Body() body: PublishResultsDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'PublishResults', data: { cycleId, categoryId, noticeEndsAt: body.noticeEndsAt }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post('finalisation')
  @CommandRoute('FinaliseResults', 'Finalise published results after the notice period, with no appeal open')
  finalise(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseIdPipe) categoryId: string,
    @Body() body: FinaliseResultsDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'FinaliseResults', data: { cycleId, categoryId }, meta: commandMeta(actor, request, body) }, request);
  }
}
