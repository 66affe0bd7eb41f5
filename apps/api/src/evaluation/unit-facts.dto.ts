import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CommandBodyDto, DECIMAL, DECIMAL_MESSAGE, DocumentsDto, ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, IsRecordOf, ReasonedCommandDto, TEXT } from './common.dto';

const WHOLE = /^\d{1,9}$/;

export class SubmitEvaluationPlanDto extends DocumentsDto {
  @ApiProperty({ example: '2026年度新城铺镇绩效目标与工作计划', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  summary!: string;

  @ApiPropertyOptional({ example: '按县绩效办通知报送', maxLength: TEXT })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  reason?: string;
}

export class ApproveEvaluationPlanDto extends CommandBodyDto {}
export class ReturnEvaluationPlanDto extends ReasonedCommandDto {}

export class SubmitDataDto extends CommandBodyDto {
  @ApiProperty({ example: 'revenue' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiPropertyOptional({ example: 'mid-year', description: "The period (default: the scheme's last)" })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;

  @ApiProperty({ example: '5230.5', description: 'The value, a decimal as a string' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  value!: string;

  @ApiPropertyOptional({ example: 'tax', description: 'One of the unit’s own level-3 indicators under `indicatorId` (see POST …/unit-indicators)' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  item?: string;
}

export class CorrectDataDto extends ReasonedCommandDto {
  @ApiProperty({ example: '5203.5' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  value!: string;
}

export class IndicatorSelfScoreDto {
  @ApiProperty({ example: 'revenue' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiPropertyOptional({ example: '38.5' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  selfScore?: string;

  @ApiPropertyOptional({ example: '完成年度目标的96%', maxLength: TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  narrative?: string;
}

export class SubmitSelfAssessmentDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: 'mid-year' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;

  @ApiPropertyOptional({ example: '92.5', description: 'The overall self-score' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  selfScore?: string;

  @ApiProperty({ example: '上半年各项目标任务进展顺利……', maxLength: 20_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  narrative!: string;

  @ApiPropertyOptional({ type: [IndicatorSelfScoreDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => IndicatorSelfScoreDto)
  perIndicator?: IndicatorSelfScoreDto[];
}

export class RateUnitDto extends CommandBodyDto {
  @ApiProperty({ example: 'leader-rating' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiPropertyOptional({ example: 'year-end' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;

  @ApiProperty({ example: 'county-head', description: 'The rater role the rater was assigned in' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  raterRole!: string;

  @ApiPropertyOptional({ example: 'good', description: "A level of the indicator's scale (or points)" })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  grade?: string;

  @ApiPropertyOptional({
    example: '9.5',
    description: "Points (or a grade); with a grade given as a range of points (Qitai 良好 8–9, 一般 5–6 of 10), the points picked within it — outside the range: 400 'points-outside-grade-range'",
  })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  points?: string;
}

export class SignOffPeriodDto extends CommandBodyDto {
  @ApiProperty({ example: 'mid-year' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period!: string;
}

export class RecordSurveyResultDto extends CommandBodyDto {
  @ApiProperty({ example: 'public-satisfaction' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiPropertyOptional({ example: 'year-end' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Answers per satisfaction level, whole numbers as strings (or a rate)', example: { satisfied: '820', 'fairly-satisfied': '150', dissatisfied: '30' } })
  @IsOptional()
  @IsRecordOf(WHOLE, 'whole number as a string')
  counts?: Record<string, string>;

  @ApiPropertyOptional({ example: '91.2', description: 'A satisfaction rate in percent (or counts)' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  rate?: string;

  @ApiProperty({ example: '1000' })
  @Matches(WHOLE, { message: '$property is a whole number written as a string' })
  sampleSize!: string;
}
