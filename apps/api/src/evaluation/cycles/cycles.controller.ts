import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { chaseOf } from '@kaoping/schedule';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe, ParseSchemeIdPipe } from '../id.pipe';
import { OwedAtDeadline, SendEvaluationCommand } from '../evaluation-bus.handlers';
import { schemeDocumentOf } from '../scheme-document';
import { present } from '../present.util';
import { AmendCalendarDto, AmendSchemeDto, AssignRaterDto, ChaseUnitsDto, CreateCycleDto, PublishSchemeDto } from './cycles.dto';

/** Cycles, their scheme versions and raters: the office's set-up. */
@ApiTags('cycles & schemes')
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandRoute('CreateCycle', 'Open a new cycle (考评年度)')
  create(@Sender() sending: Sending, @Body() body: CreateCycleDto): Promise<CommandOutcome> {
    const { cycleId, year, name } = body;
    const data = { cycleId, year, name, ...present('predecessorCycleId', body.predecessorCycleId) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'CreateCycle', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':cycleId/scheme')
  @CommandRoute('PublishScheme', "Publish the cycle's scheme (JSON, or YAML text); an invalid scheme is refused with every problem listed")
  publishScheme(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: PublishSchemeDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'PublishScheme', data: { cycleId, scheme: schemeDocumentOf(body) }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':cycleId/scheme/amendments')
  @CommandRoute('AmendScheme', 'Amend the published scheme: a new version, with a reason')
  amendScheme(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: AmendSchemeDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, scheme: schemeDocumentOf(body), ...(body.changes === undefined ? {} : { changes: body.changes }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'AmendScheme', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':cycleId/calendar/amendments')
  @CommandRoute('AmendCalendar', 'Say how a date counts in the working-day calendar (a make-up working day, a day off, or ordinary again), with a reason: deadlines counted in working days follow it')
  amendCalendar(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: AmendCalendarDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'AmendCalendar', data: { cycleId, date: body.date, day: body.day }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':cycleId/deadlines/:deadlineId/chase')
  @CommandRoute('ChaseUnits', "Chase (催报) the units that still owe a deadline's items, before it falls or after: whoever owes them is notified, with the reason if given")
  async chase(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('deadlineId', ParseSchemeIdPipe) deadlineId: string,
    @Body() body: ChaseUnitsDto,
  ): Promise<CommandOutcome> {
    const owed = await this.queries.execute(new OwedAtDeadline({ cycleId, deadlineId, ...(body.unitIds === undefined ? {} : { unitIds: body.unitIds }) }));
    // No such deadline (or no active cycle): the command says which.
    const chase = owed === null ? { unitIds: body.unitIds ?? [], recipients: [] } : chaseOf(owed, deadlineId, body.unitIds);
    const data = { cycleId, deadlineId, ...chase };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ChaseUnits', data, meta: commandMeta(sending, body) }, sending.request, { deadlineId, unitIds: body.unitIds ?? null }));
  }

  @Post(':cycleId/raters')
  @CommandRoute('AssignRater', 'Assign a leader or committee member the units they rate, in a rater role of the scheme')
  assignRater(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: AssignRaterDto,
  ): Promise<CommandOutcome> {
    const { raterId, raterRole, units, indicators } = body;
    const data = { cycleId, raterId, raterRole, units, ...(indicators === undefined ? {} : { indicators }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'AssignRater', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
