import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe, ParseSchemeIdPipe } from '../id.pipe';
import { ScoreCategoryNow, SendEvaluationCommand } from '../evaluation-bus.handlers';
import { present } from '../present.util';
import { ComputeResultsDto, FinaliseResultsDto, PublishResultsDto, TakeSnapshotDto } from './results.dto';

/** A category's results: scored from the log (snapshot, provisional), published for notice, finalised. */
@ApiTags('results')
@Controller('cycles/:cycleId/results/:categoryId')
export class ResultsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('snapshots')
  @CommandRoute('TakeSnapshot', "Freeze a phase's scores of the category, scored now from the log (with the log position)")
  async takeSnapshot(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Body() body: TakeSnapshotDto,
  ): Promise<CommandOutcome> {
    const scored = await this.queries.execute(new ScoreCategoryNow({ cycleId, categoryId, asOf: sending.request.now }));
    const data = { cycleId, categoryId, phase: body.phase, asOf: sending.request.now, ...scored };
    return this.commands.execute(new SendEvaluationCommand({ type: 'TakeSnapshot', data, meta: commandMeta(sending, body) }, sending.request, { cycleId, categoryId, phase: body.phase }));
  }

  @Post('computations')
  @CommandRoute('ComputeResults', 'Compute provisional results of the category from the log as it is now (after publication: only with the deciding appeal)')
  async compute(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Body() body: ComputeResultsDto,
  ): Promise<CommandOutcome> {
    const scored = await this.queries.execute(new ScoreCategoryNow({ cycleId, categoryId, asOf: sending.request.now }));
    const data = { cycleId, categoryId, asOf: sending.request.now, ...scored, ...present('appealId', body.appealId) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ComputeResults', data, meta: commandMeta(sending, body) }, sending.request, { cycleId, categoryId, appealId: body.appealId ?? null }));
  }

  @Post('publication')
  @CommandRoute('PublishResults', 'Publish the latest computed results for a notice period (公示)')
  publish(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Body() body: PublishResultsDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'PublishResults', data: { cycleId, categoryId, noticeEndsAt: body.noticeEndsAt }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('finalisation')
  @CommandRoute('FinaliseResults', 'Finalise published results after the notice period, with no appeal open')
  finalise(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Body() body: FinaliseResultsDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'FinaliseResults', data: { cycleId, categoryId }, meta: commandMeta(sending, body) }, sending.request));
  }
}
