import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe, ParseSchemeIdPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
import { AssignIndicatorDto, AssignUnitIndicatorsDto, ChangeTargetDto, MoveUnitDto, RegisterUnitDto, RetireUnitDto } from './units.dto';

/** Units in their categories, their indicators, targets and data providers: the office's planning. */
@ApiTags('units, categories, assignments & targets')
@Controller('cycles/:cycleId/units')
export class UnitsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('RegisterUnit', 'Register a unit in a category of the scheme')
  register(@Sender() sending: Sending, @Param('cycleId', ParseIdPipe) cycleId: string, @Body() body: RegisterUnitDto): Promise<CommandOutcome> {
    const { unitId, name, level, categoryId, parentUnitId } = body;
    const data = { cycleId, unitId, name, level, ...(categoryId === undefined ? {} : { categoryId }), ...(parentUnitId === undefined ? {} : { parentUnitId }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RegisterUnit', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':unitId/move')
  @CommandRoute('MoveUnit', 'Move a unit to another category, with a reason')
  move(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: MoveUnitDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'MoveUnit', data: { cycleId, unitId, toCategoryId: body.toCategoryId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':unitId/retire')
  @CommandRoute('RetireUnit', 'Retire a unit: no longer evaluated this cycle')
  retire(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: RetireUnitDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'RetireUnit', data: { cycleId, unitId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':unitId/indicators')
  @CommandRoute('AssignIndicator', 'Assign an indicator to a unit, with its data provider and targets per period')
  assignIndicator(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: AssignIndicatorDto,
  ): Promise<CommandOutcome> {
    const { indicatorId, providerId, targets } = body;
    const data = { cycleId, unitId, indicatorId, ...(providerId === undefined ? {} : { providerId }), ...(targets === undefined ? {} : { targets }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'AssignIndicator', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':unitId/unit-indicators')
  @CommandRoute('AssignUnitIndicators', "Give a unit its own level-3 indicators (三级指标) with weights and targets under a shared indicator of the scheme; the indicator then scores Σ weight × completion ÷ Σ weight (replaces an earlier list)")
  assignUnitIndicators(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: AssignUnitIndicatorsDto,
  ): Promise<CommandOutcome> {
    const items = body.items.map(({ id, label, weight, target, direction }) => ({ id, label, weight, target, ...(direction === undefined ? {} : { direction }) }));
    const data = { cycleId, unitId, indicatorId: body.indicatorId, items };
    return this.commands.execute(new SendEvaluationCommand({ type: 'AssignUnitIndicators', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':unitId/indicators/:indicatorId/target')
  @CommandRoute('ChangeTarget', "Change an indicator's target (one period, or every period), with a reason")
  changeTarget(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Param('indicatorId', ParseSchemeIdPipe) indicatorId: string,
    @Body() body: ChangeTargetDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, indicatorId, value: body.value, ...(body.period === undefined ? {} : { period: body.period }) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ChangeTarget', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
