import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SHEET_KINDS, type SheetKind } from '@kaoping/spreadsheet';
import { ID, SCHEME_ID, SCHEME_ID_MESSAGE } from '../evaluation/common.dto';
import { POSITION_DIGITS } from '../queries/queries.dto';

const ID_MESSAGE = '$property is 1–64 letters, digits, ".", "_" or "-"';
const DECIMAL = /^-?\d+(\.\d+)?$/;
const MAX_BATCH = 20_000;

export class FormatQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx', description: '.xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM)' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

export class MomentFormatQueryDto extends FormatQueryDto {
  @ApiPropertyOptional({ example: 'now', description: "'now' (default), 'published', a global position or an ISO 8601 time" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  at?: string;
}

export class DiffFormatQueryDto extends FormatQueryDto {
  @ApiPropertyOptional({ example: 'published' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ example: 'now' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
}

/** An export of a read model: like its JSON read, it can wait for the position a write returned. */
export class ReadModelFormatQueryDto extends FormatQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503.', example: '1042' })
  @IsOptional()
  @Matches(POSITION_DIGITS)
  minPosition?: string;
}

export class ReviewQueueFormatQueryDto extends ReadModelFormatQueryDto {
  @ApiPropertyOptional({ example: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected', 'revoked', 'investigating', 'not-upheld'])
  status?: string;
}

export class TemplateQueryDto extends FormatQueryDto {
  @ApiPropertyOptional({ example: 'finance-bureau', description: "A data provider's template holds only its own indicators (a data provider always gets its own)" })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  providerId?: string;

  @ApiPropertyOptional({ example: 'liu.leader', description: 'A rater’s ratings template holds only the units it rates (a leader or committee member always gets its own)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  raterId?: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ example: 'true', description: 'true: check every row and show what would be recorded, record nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({ enum: SHEET_KINDS, description: 'For a CSV file: the kind of sheet it holds (else guessed from its header)' })
  @IsOptional()
  @IsIn(SHEET_KINDS)
  kind?: SheetKind;
}

export class PublicationQueryDto {
  @ApiPropertyOptional({ example: '某县绩效考评办公室', description: 'The issuing office printed on the notice' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  issuer?: string;

  @ApiPropertyOptional({ description: 'How to appeal, as printed (default: through the system within the notice period)' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  appealRoute?: string;
}

export class BatchUnitDto {
  @ApiProperty({ example: 'xinchengpu' }) @Matches(ID, { message: ID_MESSAGE }) unitId!: string;
  @ApiProperty({ example: '新城铺镇' }) @IsString() @MaxLength(200) name!: string;
  @ApiProperty({ example: 'township' }) @IsString() @MaxLength(40) level!: string;
  @ApiProperty({ example: 'townships' }) @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE }) categoryId!: string;
  @ApiPropertyOptional({ example: 'county' }) @IsOptional() @Matches(ID, { message: ID_MESSAGE }) parentUnitId?: string;
}

export class BatchAssignmentDto {
  @ApiProperty({ example: 'xinchengpu' }) @Matches(ID, { message: ID_MESSAGE }) unitId!: string;
  @ApiProperty({ example: 'revenue' }) @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE }) indicatorId!: string;
  @ApiPropertyOptional({ example: 'finance-bureau' }) @IsOptional() @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE }) providerId?: string;
  @ApiPropertyOptional({ example: { 'mid-year': '1200', 'year-end': '2500' }, description: 'Targets per period, decimal strings' })
  @IsOptional()
  @IsObject()
  targets?: Record<string, string>;
}

export class BatchValueDto {
  @ApiProperty({ example: 'xinchengpu' }) @Matches(ID, { message: ID_MESSAGE }) unitId!: string;
  @ApiProperty({ example: 'revenue' }) @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE }) indicatorId!: string;
  @ApiPropertyOptional({ example: 'mid-year', description: "The period (default: the indicator's last)" }) @IsOptional() @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE }) period?: string;
  @ApiProperty({ example: '2400.50', description: 'Decimal string' }) @IsString() @Matches(DECIMAL, { message: '$property is a decimal string such as "2400.50"' }) value!: string;
}

export class BatchUnitsDto {
  @ApiProperty({ type: [BatchUnitDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @ValidateNested({ each: true })
  @Type(() => BatchUnitDto)
  units!: BatchUnitDto[];
}

export class BatchAssignmentsDto {
  @ApiProperty({ type: [BatchAssignmentDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @ValidateNested({ each: true })
  @Type(() => BatchAssignmentDto)
  assignments!: BatchAssignmentDto[];
}

export class BatchValuesDto {
  @ApiProperty({ type: [BatchValueDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @ValidateNested({ each: true })
  @Type(() => BatchValueDto)
  values!: BatchValueDto[];
}

/** A problem of one cell or row, in Chinese and English. */
export class ImportProblemMessageDto {
  @ApiProperty({ name: 'zh-CN', example: '该指标未分配给本单位' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'the indicator is not assigned to this unit' })
  en!: string;
}

export class ImportProblemDto {
  @ApiProperty({ example: '数据报送' })
  sheet!: string;

  @ApiProperty({ description: 'Row number as the spreadsheet shows it (1-based; header rows count)', example: 7 })
  row!: number;

  @ApiProperty({ description: "The column's Chinese title ('' for a problem of the whole row or sheet)", example: '数值' })
  column!: string;

  @ApiProperty({ example: 'not-assigned' })
  rule!: string;

  @ApiProperty({ example: '2400' })
  value!: string;

  @ApiProperty({ type: ImportProblemMessageDto })
  message!: ImportProblemMessageDto;
}

export class ImportedSheetDto {
  @ApiProperty({ example: '数据报送' })
  sheet!: string;

  @ApiProperty({ example: 'values' })
  kind!: string;

  @ApiProperty({ example: 9600 })
  rows!: number;
}

export class PlannedCommandDto {
  @ApiProperty() sheet!: string;
  @ApiProperty() row!: number;
  @ApiProperty({ example: 'import:3f2a…:数据报送:3' }) commandId!: string;
  @ApiProperty({ example: 'SubmitData' }) type!: string;
  @ApiProperty({ example: 'unit-2026-xinchengpu' }) streamId!: string;
  @ApiProperty({ type: [String], example: ['DataSubmitted'] }) events!: string[];
}

/** What an import or batch did: refused (every problem), a dry run (what would be recorded), or recorded. */
export class ImportReportDto {
  @ApiProperty({ enum: ['refused', 'dry-run', 'recorded'] })
  status!: 'refused' | 'dry-run' | 'recorded';

  @ApiProperty({ example: 'values-finance-bureau.xlsx' })
  fileName!: string;

  @ApiProperty({ description: "sha256 of the file's bytes (of the canonical JSON for a batch)" })
  fileHash!: string;

  @ApiProperty({ type: [ImportedSheetDto] })
  sheets!: ImportedSheetDto[];

  @ApiProperty({ example: 9600 })
  rowCount!: number;

  @ApiProperty({ type: [ImportProblemDto], description: 'Every problem, all at once; any problem means nothing was recorded' })
  problems!: ImportProblemDto[];

  @ApiProperty({ type: [PlannedCommandDto] })
  planned!: PlannedCommandDto[];

  @ApiProperty({ description: 'Commands recorded by this call' })
  recorded!: number;

  @ApiProperty({ description: 'Rows recorded by an earlier upload of the same file' })
  alreadyRecorded!: number;

  @ApiProperty({ description: 'Value rows that repeat the value that counts now (a template sent back with its earlier values): nothing to record' })
  unchanged!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Global position of the last event appended (null when nothing was appended)' })
  position!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The FileImported event of the upload, once recorded' })
  importEventId!: string | null;
}
