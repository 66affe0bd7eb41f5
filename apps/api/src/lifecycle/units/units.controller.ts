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
import { AssignIndicatorDto, ChangeTargetDto, MoveUnitDto, RegisterUnitDto, RetireUnitDto } from './units.dto';

/** Units in their categories, their indicators, targets and data providers: the office's planning. */
@ApiTags('units, categories, assignments & targets')
@Controller('cycles/:cycleId/units')
export class UnitsController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post()
  @CommandRoute('RegisterUnit', 'Register a unit in a category of the scheme')
  register(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('cycleId', ParseIdPipe) cycleId: string, @Body() body: RegisterUnitDto): Promise<CommandOutcome> {
    const { unitId, name, level, categoryId, parentUnitId } = body;
    const data = { cycleId, unitId, name, level, categoryId, ...(parentUnitId === undefined ? {} : { parentUnitId }) };
    return this.commands.send({ type: 'RegisterUnit', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':unitId/move')
  @CommandRoute('MoveUnit', 'Move a unit to another category, with a reason')
  move(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: MoveUnitDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'MoveUnit', data: { cycleId, unitId, toCategoryId: body.toCategoryId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':unitId/retire')
  @CommandRoute('RetireUnit', 'Retire a unit: no longer evaluated this cycle')
  retire(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: RetireUnitDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'RetireUnit', data: { cycleId, unitId }, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':unitId/indicators')
  @CommandRoute('AssignIndicator', 'Assign an indicator to a unit, with its data provider and targets per period')
  assignIndicator(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: AssignIndicatorDto,
  ): Promise<CommandOutcome> {
    const { indicatorId, providerId, targets } = body;
    const data = { cycleId, unitId, indicatorId, ...(providerId === undefined ? {} : { providerId }), ...(targets === undefined ? {} : { targets }) };
    return this.commands.send({ type: 'AssignIndicator', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':unitId/indicators/:indicatorId/target')
  @CommandRoute('ChangeTarget', "Change an indicator's target (one period, or every period), with a reason")
  changeTarget(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Param('indicatorId', ParseIdPipe) indicatorId: string,
    @Body() body: ChangeTargetDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, indicatorId, value: body.value, ...(body.period === undefined ? {} : { period: body.period }) };
    return this.commands.send({ type: 'ChangeTarget', data, meta: commandMeta(actor, request, body) }, request);
  }
}
