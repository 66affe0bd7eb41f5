import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { COUNT, COUNT_MESSAGE, CommandBodyDto, DECIMAL, DECIMAL_MESSAGE, ID, ID_MESSAGE, ReasonedCommandDto } from '../common.dto';

export class ApproveDeductionDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: '0.5', description: 'Adjusted points (a reason is then required)' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  amount?: string;

  @ApiPropertyOptional({ example: '1', description: 'Adjusted count (a reason is then required)' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  count?: string;

  @ApiPropertyOptional({ example: '1', description: 'Adjusted persons (a reason is then required)' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  persons?: string;
}

export class ApproveBonusDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: '1', description: 'Adjusted count (a reason is then required)' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  count?: string;

  @ApiPropertyOptional({ example: '1.0', description: 'Adjusted points (a reason is then required)' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  amount?: string;
}

export class ConfirmVetoDto extends CommandBodyDto {}
export class RejectProposalDto extends ReasonedCommandDto {}

export class RevokeApprovalDto extends ReasonedCommandDto {
  @ApiPropertyOptional({ example: 'appeal-2026-xcp-01', description: 'The appeal whose decision this carries out' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  appealId?: string;
}
