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
import { schemeDocumentOf } from '../scheme-document';
import { AmendSchemeDto, AssignRaterDto, CreateCycleDto, PublishSchemeDto } from './cycles.dto';

/** Cycles, their scheme versions and raters: the office's set-up. */
@ApiTags('cycles & schemes')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post()
  @CommandRoute('CreateCycle', 'Open a new cycle (考评年度)')
  create(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Body() body: CreateCycleDto): Promise<CommandOutcome> {
    const { cycleId, year, name } = body;
    return this.commands.send({ type: 'CreateCycle', data: { cycleId, year, name }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':cycleId/scheme')
  @CommandRoute('PublishScheme', "Publish the cycle's scheme (JSON, or YAML text); an invalid scheme is refused with every problem listed")
  publishScheme(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: PublishSchemeDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'PublishScheme', data: { cycleId, scheme: schemeDocumentOf(body) }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':cycleId/scheme/amendments')
  @CommandRoute('AmendScheme', 'Amend the published scheme: a new version, with a reason')
  amendScheme(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: AmendSchemeDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, scheme: schemeDocumentOf(body), ...(body.changes === undefined ? {} : { changes: body.changes }) };
    return this.commands.send({ type: 'AmendScheme', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':cycleId/raters')
  @CommandRoute('AssignRater', 'Assign a leader or committee member the units they rate, in a rater role of the scheme')
  assignRater(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: AssignRaterDto,
  ): Promise<CommandOutcome> {
    const { raterId, raterRole, units, indicators } = body;
    const data = { cycleId, raterId, raterRole, units, ...(indicators === undefined ? {} : { indicators }) };
    return this.commands.send({ type: 'AssignRater', data, meta: commandMeta(actor, request, body) }, request);
  }
}
