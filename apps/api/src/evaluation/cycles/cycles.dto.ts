import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CommandBodyDto, ID, ID_MESSAGE, ISO_DATE, ISO_DATE_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, OptionalEvidence, OptionalReason, ReasonedCommandDto, RequiredReason, SHORT_TEXT } from '../common.dto';

export class CreateCycleDto extends CommandBodyDto {
  @ApiProperty({ example: '2026', description: 'The cycle id: it names the cycle streams' })
  @Matches(ID, { message: ID_MESSAGE })
  cycleId!: string;

  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '2026年度县直部门和乡镇绩效考评', maxLength: SHORT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  name!: string;

  @ApiPropertyOptional({
    example: '2025',
    description: 'The cycle before it (last year), which must exist: its published results give rank changes, two-year flags (诫勉, 不达标) and the rectification carried into this year',
  })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  predecessorCycleId?: string;
}

const SCHEME_EXAMPLE = { id: 'zhengding-2026', name: { 'zh-CN': '正定县乡镇绩效考评办法', en: 'Zhengding township scheme' }, version: 1, cycle: 2026, categories: ['…'] };

/** A scheme document as JSON (`scheme`), or as YAML text (`schemeYaml`): exactly one of them. */
export class SchemeDocumentDto {
  @ApiPropertyOptional({ description: 'The scheme document (the format of libs/scoring), as JSON', example: SCHEME_EXAMPLE, type: Object })
  @ValidateIf((body: SchemeDocumentDto) => body.schemeYaml === undefined)
  @IsObject({ message: 'give the scheme as a JSON object in scheme, or as YAML text in schemeYaml' })
  scheme?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The scheme document as YAML text (instead of scheme)', example: 'id: zhengding-2026\nversion: 1\n…', maxLength: 1_000_000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  schemeYaml?: string;
}

export class PublishSchemeDto extends SchemeDocumentDto {
  @OptionalReason()
  reason?: string;

  @OptionalEvidence()
  evidence?: string[];
}

export class AmendSchemeDto extends SchemeDocumentDto {
  @RequiredReason()
  reason!: string;

  @OptionalEvidence()
  evidence?: string[];

  @ApiPropertyOptional({ example: ['社会事业权重由15调整为20'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  changes?: string[];
}

export const CALENDAR_DAYS = ['working', 'holiday', 'ordinary'] as const;

/** How one date counts in the cycle's working-day calendar (China's shipped calendar, amended). */
export class AmendCalendarDto extends ReasonedCommandDto {
  @ApiProperty({ example: '2027-02-13', format: 'date' })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({ enum: CALENDAR_DAYS, example: 'working', description: 'working: a working day (调休上班); holiday: a day off (放假); ordinary: Monday–Friday work, weekends off' })
  @IsIn(CALENDAR_DAYS)
  day!: (typeof CALENDAR_DAYS)[number];
}

export class AssignRaterDto extends CommandBodyDto {
  @ApiProperty({ example: 'wang.xianzhang', description: 'The user who rates' })
  @Matches(ID, { message: ID_MESSAGE })
  raterId!: string;

  @ApiProperty({ example: 'county-head', description: "A rater role of the scheme's rating methods" })
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  raterRole!: string;

  @ApiProperty({ description: "'all', or the unit ids rated", example: ['xinchengpu', 'nanniu'], oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }] })
  @ValidateIf((body: AssignRaterDto) => body.units !== 'all')
  @IsArray({ message: "units is 'all' or a list of unit ids" })
  @ArrayMaxSize(10_000)
  @Matches(ID, { each: true, message: ID_MESSAGE })
  units!: 'all' | string[];

  @ApiPropertyOptional({ example: ['leader-rating'], type: [String], description: 'Only these indicators (default: all the role rates)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(SCHEME_ID, { each: true, message: SCHEME_ID_MESSAGE })
  indicators?: string[];
}

/** The office chases (催报) the units that still owe a deadline's items: all of them, or those named. */
export class ChaseUnitsDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: ['xinchengpu', 'nanniu'], description: 'The units to chase (each must still owe the deadline something); without it, every unit that does', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @Matches(ID, { each: true, message: ID_MESSAGE })
  unitIds?: string[];
}
