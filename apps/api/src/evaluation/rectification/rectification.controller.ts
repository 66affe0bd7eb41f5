import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
import { AcceptRectificationDto, OrderRectificationDto, ReportRectificationCompletedDto, SubmitRectificationPlanDto } from './rectification.dto';

/** Rectification orders (整改/督办): ordered by the office, planned and reported by the unit, accepted by the office. */
@ApiTags('rectification orders')
@Controller('cycles/:cycleId/rectification-orders')
export class RectificationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('OrderRectification', 'Order a unit to rectify by a date')
  order(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: OrderRectificationDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId: body.orderId, unitId: body.unitId, reason: body.reason, dueAt: body.dueAt };
    return this.commands.execute(new SendEvaluationCommand({ type: 'OrderRectification', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':orderId/plan')
  @CommandRoute('SubmitRectificationPlan', 'Submit the rectification plan (own unit)')
  submitPlan(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: SubmitRectificationPlanDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId, plan: body.plan, documents: body.documents };
    return this.commands.execute(new SendEvaluationCommand({ type: 'SubmitRectificationPlan', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':orderId/completion')
  @CommandRoute('ReportRectificationCompleted', 'Report the rectification completed (own unit)')
  reportCompleted(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: ReportRectificationCompletedDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, orderId, report: body.report, documents: body.documents };
    return this.commands.execute(new SendEvaluationCommand({ type: 'ReportRectificationCompleted', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':orderId/acceptance')
  @CommandRoute('AcceptRectification', 'Accept the reported completion')
  accept(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('orderId', ParseIdPipe) orderId: string,
    @Body() body: AcceptRectificationDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'AcceptRectification', data: { cycleId, orderId }, meta: commandMeta(sending, body) }, sending.request));
  }
}
