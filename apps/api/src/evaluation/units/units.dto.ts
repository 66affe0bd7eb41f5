import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { UNIT_LEVELS, type UnitLevel } from '@kaoping/evaluation';
import { CommandBodyDto, DECIMAL, DECIMAL_MESSAGE, ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, IsRecordOf, ReasonedCommandDto, SHORT_TEXT } from '../common.dto';

export class RegisterUnitDto extends CommandBodyDto {
  @ApiProperty({ example: 'xinchengpu' })
  @Matches(ID, { message: ID_MESSAGE })
  unitId!: string;

  @ApiProperty({ example: '新城铺镇', maxLength: SHORT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  name!: string;

  @ApiProperty({ enum: UNIT_LEVELS, example: 'township' })
  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  @ApiPropertyOptional({ example: 'townships', description: 'A category of the scheme; none for a county at the root of the tree, which is not scored' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  categoryId?: string;

  @ApiPropertyOptional({ example: 'zhengding-county', description: 'The unit above it (four-level hierarchy)' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  parentUnitId?: string;
}

export class MoveUnitDto extends ReasonedCommandDto {
  @ApiProperty({ example: 'departments' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  toCategoryId!: string;
}

export class RetireUnitDto extends ReasonedCommandDto {}

export class AssignIndicatorDto extends CommandBodyDto {
  @ApiProperty({ example: 'revenue', description: 'A level-3 indicator of the unit’s category' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiPropertyOptional({ example: 'finance-bureau', description: 'The data provider (default: the scheme’s)' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  providerId?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Targets per period, decimals as strings', example: { 'mid-year': '5000', 'year-end': '12000' } })
  @IsOptional()
  @IsRecordOf(DECIMAL, 'decimal string')
  targets?: Record<string, string>;
}

export class UnitIndicatorItemDto {
  @ApiProperty({ example: 'tax', description: 'The level-3 indicator’s id, unique in the list' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  id!: string;

  @ApiProperty({ example: '税收收入', maxLength: SHORT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  label!: string;

  @ApiProperty({ example: '70', description: 'Weight among the unit’s items under the indicator (relative), a decimal as a string' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  weight!: string;

  @ApiProperty({ example: '2000', description: 'Target, a decimal as a string' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  target!: string;

  @ApiPropertyOptional({ enum: ['higher', 'lower'], description: "'lower': full at or under the target (accidents, complaints); default 'higher'" })
  @IsOptional()
  @IsIn(['higher', 'lower'])
  direction?: 'higher' | 'lower';
}

export class AssignUnitIndicatorsDto extends CommandBodyDto {
  @ApiProperty({ example: 'revenue', description: 'The shared indicator of the scheme (scored proportional or as a score) the items sit under' })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  indicatorId!: string;

  @ApiProperty({ type: [UnitIndicatorItemDto], description: 'The unit’s own level-3 indicators (三级指标); replaces an earlier list' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => UnitIndicatorItemDto)
  items!: UnitIndicatorItemDto[];
}

export class ChangeTargetDto extends ReasonedCommandDto {
  @ApiPropertyOptional({ example: 'year-end', description: 'The period (default: every period)' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  period?: string;

  @ApiProperty({ example: '11500.5' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  value!: string;
}
