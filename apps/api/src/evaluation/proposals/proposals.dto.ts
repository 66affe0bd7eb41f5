import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COUNT, COUNT_MESSAGE, CommandBodyDto, DECIMAL, DECIMAL_MESSAGE, EvidencedCommandDto, ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, ISO_DATE, ISO_DATE_MESSAGE, SHORT_TEXT, TEXT } from '../common.dto';

/** How much a proposed deduction is: a scheme rule × count or persons, or points against an indicator. */
export class DeductionTermsDto {
  @ApiPropertyOptional({ example: 'criticism', description: 'A deduction rule of the category' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  ruleId?: string;

  @ApiPropertyOptional({ example: 'work-safety', description: 'A deduction-based indicator' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId?: string;

  @ApiPropertyOptional({ example: '0.5', description: 'Points, where the rule fixes none' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  amount?: string;

  @ApiPropertyOptional({ example: '2', description: 'Items found' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  count?: string;

  @ApiPropertyOptional({ example: '1', description: 'Persons concerned (per-person rules)' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  persons?: string;

  @ApiPropertyOptional({ example: 'year-end' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;
}

export class ComplaintDeductionDto extends DeductionTermsDto {
  @ApiPropertyOptional({ example: 'efficiency-office', description: 'The investigating body (a scheme source)' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  source?: string;
}

export class RecordInspectionFindingDto extends EvidencedCommandDto {
  @ApiProperty({ example: 'insp-2026-0512-01', description: 'A new proposal id' })
  @Matches(ID, { message: ID_MESSAGE })
  proposalId!: string;

  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: 'efficiency-office', description: "The inspecting body (a scheme source): the inspector's own" })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  source!: string;

  @ApiProperty({ example: '工作时间窗口无人值守', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  what!: string;

  @ApiProperty({ example: '新城铺镇便民服务中心', maxLength: SHORT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  where!: string;

  @ApiPropertyOptional({ example: 'inspection' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  ruleId?: string;

  @ApiPropertyOptional({ example: 'work-safety' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId?: string;

  @ApiPropertyOptional({ example: '0.5' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  amount?: string;

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  count?: string;

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  persons?: string;

  @ApiPropertyOptional({ example: 'year-end' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;
}

export class RegisterComplaintDto extends CommandBodyDto {
  @ApiProperty({ example: 'cmp-12345-0088' })
  @Matches(ID, { message: ID_MESSAGE })
  proposalId!: string;

  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: '办理宅基地审批超时限', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  summary!: string;

  @ApiPropertyOptional({ example: '12345热线', maxLength: SHORT_TEXT })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  channel?: string;
}

export class RecordComplaintFindingDto extends CommandBodyDto {
  @ApiProperty({ example: 'xinchengpu', description: 'The unit the complaint is about (as registered)' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: true, description: 'Upheld (查实): then a deduction is proposed' })
  @IsBoolean()
  upheld!: boolean;

  @ApiProperty({ example: '经核查，投诉情况属实', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  findings!: string;

  @ApiPropertyOptional({ type: ComplaintDeductionDto, description: 'The proposed deduction, when upheld' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ComplaintDeductionDto)
  deduction?: ComplaintDeductionDto;
}

export class ClaimBonusDto extends CommandBodyDto {
  @ApiProperty({ example: 'bonus-2026-xcp-01' })
  @Matches(ID, { message: ID_MESSAGE })
  proposalId!: string;

  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: 'provincial-award', description: 'The award level (a bonus rule of the category)' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  ruleId!: string;

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(COUNT, { message: COUNT_MESSAGE })
  count?: string;

  @ApiPropertyOptional({ example: '1.5', description: 'Points, where the rule fixes none' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  amount?: string;

  @ApiProperty({ example: '获评省级文明乡镇', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  what!: string;

  @ApiProperty({ example: 'doc-2026-award-hebei-017', description: 'The award document (required)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  document!: string;
}

export class RecordVetoIncidentDto extends CommandBodyDto {
  @ApiProperty({ example: 'veto-2026-xcp-01' })
  @Matches(ID, { message: ID_MESSAGE })
  proposalId!: string;

  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: 'safety-accident', description: "A veto of the unit's category" })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  vetoId!: string;

  @ApiProperty({ example: '发生较大生产安全事故', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  what!: string;

  @ApiPropertyOptional({ example: '2026-05-03', format: 'date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  occurredOn?: string;
}
