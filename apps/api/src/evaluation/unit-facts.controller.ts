import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../commands/command-route.decorator';
import { Sender, commandMeta, type Sending } from './sending.decorator';
import { ParseIdPipe } from './id.pipe';
import { SendEvaluationCommand } from './evaluation-bus.handlers';
import { present } from './present.util';
import {
  ApproveEvaluationPlanDto,
  CorrectDataDto,
  RateUnitDto,
  RecordSurveyResultDto,
  ReturnEvaluationPlanDto,
  SignOffPeriodDto,
  SubmitDataDto,
  SubmitEvaluationPlanDto,
  SubmitSelfAssessmentDto,
} from './unit-facts.dto';

/** A unit's evaluation plan (制定评估计划): submitted by the unit, approved or returned by the office. */
@ApiTags('evaluation plans')
@Controller('cycles/:cycleId/units/:unitId/plan')
export class EvaluationPlansController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('SubmitEvaluationPlan', "Submit the unit's evaluation plan (own unit)")
  submit(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: SubmitEvaluationPlanDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, summary: body.summary, documents: body.documents };
    return this.commands.execute(new SendEvaluationCommand({ type: 'SubmitEvaluationPlan', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('approve')
  @CommandRoute('ApproveEvaluationPlan', 'Approve the submitted evaluation plan')
  approve(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: ApproveEvaluationPlanDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'ApproveEvaluationPlan', data: { cycleId, unitId }, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('return')
  @CommandRoute('ReturnEvaluationPlan', 'Return the submitted evaluation plan, with a reason')
  return(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: ReturnEvaluationPlanDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'ReturnEvaluationPlan', data: { cycleId, unitId }, meta: commandMeta(sending, body) }, sending.request));
  }
}

/** Indicator values (数据报送) and their corrections. */
@ApiTags('data submissions & corrections')
@Controller('cycles/:cycleId/units/:unitId/data')
export class DataSubmissionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('SubmitData', 'Submit an indicator value for a period (data provider: its indicators; unit reporter: own unit, self-reported ones)')
  submit(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: SubmitDataDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, indicatorId: body.indicatorId, value: body.value, ...present('period', body.period), ...present('item', body.item) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'SubmitData', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':submissionId/corrections')
  @CommandRoute('CorrectData', 'Correct an earlier submission (its event id), with a reason: a new fact pointing at the old one')
  correct(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Param('submissionId', ParseIdPipe) supersedes: string,
    @Body() body: CorrectDataDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'CorrectData', data: { cycleId, unitId, supersedes, value: body.value }, meta: commandMeta(sending, body) }, sending.request));
  }
}

/** Self-assessments (自评): a unit's own report and self-score. */
@ApiTags('self-assessments')
@Controller('cycles/:cycleId/units/:unitId/self-assessments')
export class SelfAssessmentsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('SubmitSelfAssessment', 'Submit a self-assessment (own unit)')
  submit(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: SubmitSelfAssessmentDto,
  ): Promise<CommandOutcome> {
    const perIndicator = body.perIndicator?.map((item) => ({ indicatorId: item.indicatorId, ...present('selfScore', item.selfScore), ...present('narrative', item.narrative) }));
    const data = { cycleId, unitId, narrative: body.narrative, ...present('period', body.period), ...present('selfScore', body.selfScore), ...present('perIndicator', perIndicator) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'SubmitSelfAssessment', data, meta: commandMeta(sending, body) }, sending.request));
  }
}

/** Leader and committee ratings (领导评价), and leaders' sign-off of a period. */
@ApiTags('ratings')
@Controller('cycles/:cycleId/units/:unitId')
export class RatingsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('ratings')
  @CommandRoute('RateUnit', 'Rate a unit on an indicator: a grade of its scale, or points (assigned raters only)')
  rate(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: RateUnitDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, indicatorId: body.indicatorId, raterRole: body.raterRole, ...present('period', body.period), ...present('grade', body.grade), ...present('points', body.points) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RateUnit', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post('sign-offs')
  @CommandRoute('SignOffPeriod', "Sign off a period's results of the unit (the group leader, a committee member, or an assigned leader; never one who rated the unit in it)")
  signOff(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: SignOffPeriodDto,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new SendEvaluationCommand({ type: 'SignOffPeriod', data: { cycleId, unitId, period: body.period }, meta: commandMeta(sending, body) }, sending.request));
  }
}

/** Public survey results (公众评议). */
@ApiTags('surveys')
@Controller('cycles/:cycleId/units/:unitId/surveys')
export class SurveysController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('RecordSurveyResult', 'Record a survey result: counts per satisfaction level, or a rate, with the sample size')
  record(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: RecordSurveyResultDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, unitId, indicatorId: body.indicatorId, sampleSize: body.sampleSize, ...present('period', body.period), ...present('counts', body.counts), ...present('rate', body.rate) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'RecordSurveyResult', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
