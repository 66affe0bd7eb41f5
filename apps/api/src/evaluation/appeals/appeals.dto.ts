import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { CommandBodyDto, ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, TEXT } from '../common.dto';

export const APPEAL_TARGET_KINDS = ['proposal', 'fact', 'results'] as const;
export const APPEAL_OUTCOMES = ['upheld', 'partly-upheld', 'dismissed'] as const;
export const REVOCABLE_KINDS = ['deduction', 'bonus', 'veto'] as const;

/** What is appealed: a proposal's outcome, one recorded fact (an event id), or the category's results. */
export class AppealTargetDto {
  @ApiProperty({ enum: APPEAL_TARGET_KINDS, example: 'proposal' })
  @IsIn(APPEAL_TARGET_KINDS)
  kind!: (typeof APPEAL_TARGET_KINDS)[number];

  @ApiPropertyOptional({ example: 'insp-2026-0512-01', description: "When kind is 'proposal'" })
  @ValidateIf((target: AppealTargetDto) => target.kind === 'proposal')
  @Matches(ID, { message: ID_MESSAGE })
  proposalId?: string;

  @ApiPropertyOptional({ example: '0f8fad5b-d9cb-869f-a165-70867728950e', description: "When kind is 'fact': the event id" })
  @ValidateIf((target: AppealTargetDto) => target.kind === 'fact')
  @Matches(ID, { message: ID_MESSAGE })
  factId?: string;

  @ApiPropertyOptional({ example: 'townships', description: "When kind is 'results'" })
  @ValidateIf((target: AppealTargetDto) => target.kind === 'results')
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  categoryId?: string;
}

export class FileAppealDto extends CommandBodyDto {
  @ApiProperty({ example: 'appeal-2026-xcp-01' })
  @Matches(ID, { message: ID_MESSAGE })
  appealId!: string;

  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ type: AppealTargetDto })
  @IsObject({ message: 'against is an object: { kind, proposalId | factId | categoryId }' })
  @ValidateNested()
  @Type(() => AppealTargetDto)
  against!: AppealTargetDto;

  @ApiProperty({ example: '该窗口当日已张贴临时调岗公告，非无人值守', maxLength: TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  grounds!: string;
}

export class AppealRevocationDto {
  @ApiProperty({ example: 'insp-2026-0512-01' })
  @Matches(ID, { message: ID_MESSAGE })
  proposalId!: string;

  @ApiProperty({ enum: REVOCABLE_KINDS, example: 'deduction' })
  @IsIn(REVOCABLE_KINDS)
  kind!: (typeof REVOCABLE_KINDS)[number];
}

export class DecideAppealDto extends CommandBodyDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES, example: 'upheld' })
  @IsIn(APPEAL_OUTCOMES)
  outcome!: (typeof APPEAL_OUTCOMES)[number];

  @ApiPropertyOptional({ type: [AppealRevocationDto], description: 'The approvals an upheld appeal revokes (carried out by the appeal workflow)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AppealRevocationDto)
  revokes?: AppealRevocationDto[];

  @ApiPropertyOptional({ example: '经复核，撤销该项扣分', maxLength: TEXT })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  note?: string;
}
