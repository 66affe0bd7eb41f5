import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { MAX_POSITION } from '@kaoping/eventstore';
import { DEADLINE_KINDS } from '@kaoping/scoring';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';

/** A position of the log as digits (a query string's, a header's): 19 at most, as many as bigint has. */
export const POSITION_DIGITS = /^\d{1,19}$/;

export class FreshnessQuery {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503.', example: '1042' })
  @IsOptional()
  @Matches(POSITION_DIGITS)
  minPosition?: string;
}

/** A page's size (1–500) in a query string; `doc` says what leaving it out means. */
export const PageLimit = (doc: Readonly<{ description: string; default?: number }>): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: 500, ...doc }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(500));

/**
 * How many items a page skips, in a query string. At most the largest integer a number holds
 * exactly: `9999…9` (40 digits) is an integer to JavaScript (1e40), which SQL's OFFSET refused.
 */
export const PageOffset = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(Number.MAX_SAFE_INTEGER),
  );

export class LiveScoresQuery extends FreshnessQuery {
  @PageLimit({ description: 'Lines per page, in rank order (without it: every line)' })
  limit?: number;

  @PageOffset('Lines to skip')
  offset?: number;
}

export class SubmissionStatusQuery extends FreshnessQuery {
  @ApiPropertyOptional({ example: 'township-003' }) @IsOptional() @IsString() unitId?: string;
  @ApiPropertyOptional({ enum: ['submitted', 'pending', 'overdue', 'missing'] }) @IsOptional() @IsIn(['submitted', 'pending', 'overdue', 'missing']) status?: string;
  @ApiPropertyOptional({ example: 'year-end' }) @IsOptional() @IsString() phase?: string;
  @ApiPropertyOptional({ example: 'year-data' }) @IsOptional() @IsString() deadlineId?: string;
  @ApiPropertyOptional({ enum: DEADLINE_KINDS, description: "Only deadlines of this kind (the survey office's: survey, whatever it asks)" })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  kind?: string;
}

export class ReviewQueueQuery extends FreshnessQuery {
  @ApiPropertyOptional({ enum: ['pending', 'under-investigation', 'approved', 'rejected', 'revoked', 'not-upheld'], description: 'default: pending (awaiting review)' })
  @IsOptional()
  @IsIn(['pending', 'under-investigation', 'approved', 'rejected', 'revoked', 'not-upheld'])
  status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() unitId?: string;
}

/**
 * A position of the log in a query string: up to 19 digits (the pattern's own error when not) and at
 * most the largest position, bigint's (the `max` rule when past it: `9999…9`, 19 digits, was a 500 from SQL).
 */
const LogPosition = (): PropertyDecorator =>
  applyDecorators(
    Matches(POSITION_DIGITS),
    ValidateBy({
      name: 'max',
      constraints: [MAX_POSITION.toString()],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !POSITION_DIGITS.test(value) || BigInt(value) <= MAX_POSITION,
        // As class-validator's Max words it, for the English answer.
        defaultMessage: (args) => `${args?.property ?? 'position'} must not be greater than ${MAX_POSITION}`,
      },
    }),
  );

export class AuditTrailQuery extends FreshnessQuery {
  @ApiPropertyOptional({ description: 'Entries after this position (paging)', example: '0' }) @IsOptional() @LogPosition() after?: string;
}
