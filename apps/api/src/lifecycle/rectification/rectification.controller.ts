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
import { AcceptRectificationDto, OrderRectificationDto, ReportRectificationCompletedDto, SubmitRectificationPlanDto } from './rectification.dto';

/** Rectification orders (整改/督办): ordered by the office, planned and reported by the unit, accepted by the office. */
@ApiTags('rectification orders')
@Controller('cycles/:cycleId/rectification-orders')
export class RectificationController {
  constructor(private readonly commands: LifecycleCommands) {}

  @Post()
  @CommandRoute('OrderRectification', 'Order a unit to rectify by a date')
  order(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: OrderRectificationDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId: body.orderId, unitId: body.unitId, reason: body.reason, dueAt: body.dueAt };
    return this.commands.send({ type: 'OrderRectification', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':orderId/plan')
  @CommandRoute('SubmitRectificationPlan', 'Submit the rectification plan (own unit)')
  submitPlan(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: SubmitRectificationPlanDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId, plan: body.plan, documents: body.documents };
    return this.commands.send({ type: 'SubmitRectificationPlan', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':orderId/completion')
  @CommandRoute('ReportRectificationCompleted', 'Report the rectification completed (own unit)')
  reportCompleted(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: ReportRectificationCompletedDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId, report: body.report, documents: body.documents };
    return this.commands.send({ type: 'ReportRectificationCompleted', data, meta: commandMeta(actor, request, body) }, request);
  }

  @Post(':orderId/acceptance')
  @CommandRoute('AcceptRectification', 'Accept the reported completion')
  accept(
    @CurrentActor() actor: ActingUser,
    @CommandRequest() request: CommandRequestContext,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: AcceptRectificationDto,
  ): Promise<CommandOutcome> {
    return this.commands.send({ type: 'AcceptRectification', data: { cycleId, orderId }, meta: commandMeta(actor, request, body) }, request);
  }
}
