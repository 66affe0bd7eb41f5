import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CommandBodyDto, DocumentsDto, EffectiveDateDto, ID, ID_MESSAGE, OptionalEvidence, OptionalReason, TEXT } from '../common.dto';

export class OrderRectificationDto extends EffectiveDateDto {
  @ApiProperty({ example: 'rect-2026-beizaoxian-01' })
  @Matches(ID, { message: ID_MESSAGE })
  orderId!: string;

  @ApiProperty({ example: 'beizaoxian' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: '2026-06-30T23:59:59+08:00', description: 'The deadline (ISO 8601 instant), after now' })
  @IsISO8601({ strict: true })
  dueAt!: string;

  @ApiProperty({ example: '年度考评等次为不合格，须提交整改方案', maxLength: TEXT, description: 'What is to be rectified (also recorded as the order)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  reason!: string;

  @OptionalEvidence()
  evidence?: string[];
}

export class SubmitRectificationPlanDto extends DocumentsDto {
  @ApiProperty({ example: '一、强化安全生产责任制……', maxLength: 20_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  plan!: string;

  @OptionalReason()
  reason?: string;
}

export class ReportRectificationCompletedDto extends DocumentsDto {
  @ApiProperty({ example: '整改任务已全部完成', maxLength: 20_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  report!: string;

  @OptionalReason()
  reason?: string;
}

export class AcceptRectificationDto extends CommandBodyDto {}
