import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { AppealTarget } from '@kaoping/evaluation';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CommandRoute } from '../../commands/command-route.decorator';
import { InvalidInputException } from '../../errors/validation';
import { Sender, commandMeta, type Sending } from '../sending.decorator';
import { ParseIdPipe } from '../id.pipe';
import { SendEvaluationCommand } from '../evaluation-bus.handlers';
import { present } from '../present.util';
import { DecideAppealDto, FileAppealDto, type AppealTargetDto } from './appeals.dto';

const given = (value: string | undefined, path: string): string => {
  if (value === undefined) throw new InvalidInputException([{ path, rule: 'required', message: `${path} is required for this kind` }]);
  return value;
};

const targetOf = (dto: AppealTargetDto): AppealTarget => {
  switch (dto.kind) {
    case 'proposal':
      return { kind: 'proposal', proposalId: given(dto.proposalId, 'against.proposalId') };
    case 'fact':
      return { kind: 'fact', factId: given(dto.factId, 'against.factId') };
    case 'results':
      return { kind: 'results', categoryId: given(dto.categoryId, 'against.categoryId') };
  }
};

/** Appeals (申诉) during the notice period, and the committee's decision (复核). */
@ApiTags('appeals')
@Controller('cycles/:cycleId/appeals')
export class AppealsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandRoute('FileAppeal', "Appeal a proposal's outcome, a fact or the results (own unit, during publication)")
  file(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Body() body: FileAppealDto,
  ): Promise<CommandOutcome> {
    const data = { cycleId, appealId: body.appealId, unitId: body.unitId, against: targetOf(body.against), grounds: body.grounds };
    return this.commands.execute(new SendEvaluationCommand({ type: 'FileAppeal', data, meta: commandMeta(sending, body) }, sending.request));
  }

  @Post(':appealId/decision')
  @CommandRoute('DecideAppeal', 'Decide an appeal; an upheld one lists the approvals it revokes')
  decide(
    @Sender() sending: Sending,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('appealId', ParseIdPipe) appealId: string,
    @Body() body: DecideAppealDto,
  ): Promise<CommandOutcome> {
    const revokes = body.revokes?.map((revocation) => ({ proposalId: revocation.proposalId, kind: revocation.kind }));
    const data = { cycleId, appealId, outcome: body.outcome, ...present('revokes', revokes), ...present('note', body.note) };
    return this.commands.execute(new SendEvaluationCommand({ type: 'DecideAppeal', data, meta: commandMeta(sending, body) }, sending.request));
  }
}
