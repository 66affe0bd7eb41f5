import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { SCHEME_ID_PATTERN } from '@kaoping/scoring';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

/** Ids in paths and bodies: they name streams, so letters, digits, '.', '_' and '-' only. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const ID_MESSAGE = "$property is 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit";
/**
 * Ids of what a scheme defines (categories, indicators, periods, grades, scale levels, rules,
 * vetoes, sources, rater roles): the scheme format's own rule, so whatever a published scheme
 * accepts (乡镇, 良好, 满意) the API accepts too. Ids that name streams or people (cycle, unit,
 * proposal, appeal, order, user) keep {@link ID}.
 */
export const SCHEME_ID = SCHEME_ID_PATTERN;
export const SCHEME_ID_MESSAGE = "$property is 1–64 letters (Chinese included) or digits, then also '_' or '-', starting with a letter or digit";
/** Decimals travel as strings: "12", "-0.5", "93.65". */
export const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;
export const DECIMAL_MESSAGE = '$property is a decimal written as a string, e.g. "93.65"';
/** Counts travel as strings: "1", "3". */
export const COUNT = /^[1-9]\d{0,5}$/;
export const COUNT_MESSAGE = '$property is a whole number of at least 1, written as a string';
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_MESSAGE = '$property is an ISO date (yyyy-mm-dd)';

export const TEXT = 2000;
export const SHORT_TEXT = 200;

const reasonDoc: ApiPropertyOptions = { description: 'Why: recorded with the event (required where the action changes something earlier)', example: '数据录入错误，按统计局更正通知修改', maxLength: TEXT };
const evidenceDoc: ApiPropertyOptions = { description: 'Evidence references (document ids, photo references)', example: ['doc-2026-0117', 'photo-xcp-0042'], type: [String] };
const evidenceRules = [IsArray(), ArrayMaxSize(50), IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(500, { each: true })];

/** The reason of a command, optional. */
export const OptionalReason = (): PropertyDecorator => applyDecorators(ApiPropertyOptional(reasonDoc), IsOptional(), IsString(), IsNotEmpty(), MaxLength(TEXT));
/** The reason of a command that changes something earlier: required. */
export const RequiredReason = (): PropertyDecorator => applyDecorators(ApiProperty(reasonDoc), IsString(), IsNotEmpty(), MaxLength(TEXT));
export const OptionalEvidence = (): PropertyDecorator => applyDecorators(ApiPropertyOptional(evidenceDoc), IsOptional(), ...evidenceRules);
export const RequiredEvidence = (): PropertyDecorator => applyDecorators(ApiProperty({ description: 'Evidence references: at least one', example: ['photo-2026-0512-001'], type: [String] }), ArrayMinSize(1), ...evidenceRules);

/** The date a fact is about: every command body may carry it into its events' metadata. */
export class EffectiveDateDto {
  @ApiPropertyOptional({ description: 'The date the fact is about, when it differs from today', example: '2026-06-30', format: 'date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  effectiveDate?: string;
}

/** reason, evidence and effectiveDate, all optional. */
export class CommandBodyDto extends EffectiveDateDto {
  @OptionalReason()
  reason?: string;

  @OptionalEvidence()
  evidence?: string[];
}

/** A command that changes something earlier: the reason is required. */
export class ReasonedCommandDto extends EffectiveDateDto {
  @RequiredReason()
  reason!: string;

  @OptionalEvidence()
  evidence?: string[];
}

/** A command that must carry evidence. */
export class EvidencedCommandDto extends EffectiveDateDto {
  @OptionalReason()
  reason?: string;

  @RequiredEvidence()
  evidence!: string[];
}

export class DocumentsDto {
  @ApiProperty({ description: 'Document references', example: ['doc-2026-plan-xcp'], type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  documents!: string[];
}

/** A JSON object whose keys are scheme ids and whose values match a pattern (targets per period, counts per level). */
export const IsRecordOf = (pattern: RegExp, what: string): PropertyDecorator =>
  ValidateBy({
    name: 'recordOf',
    validator: {
      validate: (value: unknown): boolean =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length <= 100 &&
        Object.entries(value).every(([key, entry]) => SCHEME_ID.test(key) && typeof entry === 'string' && pattern.test(entry)),
      defaultMessage: (args) => `${args?.property ?? 'value'} is an object of id → ${what}`,
    },
  });
