import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LabelDto, ProposalDto, ResultLineDto, ResultsUseDto, UnitDto } from './reads.dto';

/**
 * Response shapes of the reads that had none in the OpenAPI document (read models, audit,
 * notifications, ops), so the console's generated client gets real types. Decimals are strings.
 */

const JSON_OBJECT = { type: 'object', additionalProperties: true } as const;

class PositionedDto {
  @ApiProperty({ type: String, nullable: true, example: '1042', description: 'The log position the read model reflects' }) position!: string | null;
}

// Live scores and explanations (read models)

export class GradeRefDto {
  @ApiProperty({ example: 'advanced' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class GradeCountDto extends GradeRefDto {
  @ApiProperty({ example: 2 }) count!: number;
  @ApiPropertyOptional({ example: 3, description: 'Places the quota allows' }) places?: number;
}

export class RankingGroupDto {
  @ApiProperty({ example: 'district-departments-all' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ example: 28, description: 'How many units the group ranks' }) units!: number;
}

export class LiveCategoryDto {
  @ApiProperty() cycleId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ type: Number, nullable: true }) schemeVersion!: number | null;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: [GradeCountDto] }) grades!: GradeCountDto[];
  @ApiProperty({ type: 'array', items: JSON_OBJECT }) warnings!: object[];
  @ApiProperty({ type: 'object', nullable: true, properties: { eventId: { type: 'string' }, at: { type: 'string' } } }) published!: object | null;
  @ApiProperty({ type: RankingGroupDto, nullable: true, description: 'The ranking group (`rankings` in the scheme) whose ranks and grades the lines carry; null: the category ranks alone' })
  ranking!: RankingGroupDto | null;
  @ApiProperty({ type: [String], example: ['district-departments', 'district-departments-no-investment'], description: 'The categories whose units the lines hold' }) categories!: string[];
}

export class PartScoreDto {
  @ApiProperty({ example: 'work' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ example: '45.20' }) value!: string;
  @ApiPropertyOptional({ example: '50' }) max?: string;
}

export class AdjustmentShownDto {
  @ApiProperty({ example: '1.50' }) shown!: string;
  @ApiPropertyOptional({ example: '1.5' }) value?: string;
}

export class UnitFlagDto {
  @ApiProperty({ example: 'missing-data' }) code!: string;
  @ApiPropertyOptional({ type: LabelDto }) message?: LabelDto;
  @ApiPropertyOptional({ example: 'two-years-below-standard', description: 'The veto, grade or results-use flag concerned; for rectification-carried, the cycle before' }) ref?: string;
  @ApiPropertyOptional({ type: [String], description: 'Items concerned: indicators as "indicator@period"; for rectification-carried, the open order ids' }) items?: string[];
}

export class LiveUnitScoreDto {
  @ApiProperty({ example: 'xinchengpu' }) unitId!: string;
  @ApiProperty({ example: 'townships', description: 'The category the unit is scored in' }) categoryId!: string;
  @ApiProperty({ type: String, nullable: true, example: '新城铺镇' }) name!: string | null;
  @ApiProperty({ example: '93.65', description: 'Rounded to 2 decimals (string)' }) total!: string;
  @ApiProperty({ example: '93.6512', description: 'Unrounded (string)' }) totalExact!: string;
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiProperty({ type: GradeRefDto, nullable: true }) grade!: GradeRefDto | null;
  @ApiProperty({ type: 'array', items: JSON_OBJECT, description: 'Per part: id, label, value (string)' }) parts!: object[];
  @ApiProperty({ ...JSON_OBJECT, description: 'Bonus: shown (string) and items' }) bonus!: object;
  @ApiProperty({ ...JSON_OBJECT, description: 'Deduction: shown (string) and items' }) deduction!: object;
  @ApiProperty({ type: [UnitFlagDto], description: 'Remarks, among them results-flag (two years in the lowest grade…) and rectification-carried (last year’s open orders)' }) flags!: UnitFlagDto[];
  @ApiProperty({ type: ResultsUseDto }) resultsUse!: ResultsUseDto;
}

/** Where a unit stands now in its category (the live-scores read model). */
export class UnitStandingDto {
  @ApiProperty({ example: 'townships', description: 'The category it is scored in (its own)' }) categoryId!: string;
  @ApiProperty({ example: '93.65', description: 'Live total, rounded to 2 decimals (string)' }) total!: string;
  @ApiProperty({ example: 1, description: 'Rank within the category' }) rank!: number;
  @ApiProperty({ type: GradeRefDto, nullable: true, description: 'Provisional grade' }) grade!: GradeRefDto | null;
}

export class UnitTreeNodeDto extends UnitDto {
  @ApiProperty({
    type: UnitStandingDto,
    nullable: true,
    description: 'Its live score and grade; null where it has none (not scored yet, or a leader before its category is published)',
  })
  score!: UnitStandingDto | null;
  @ApiProperty({ type: () => [UnitTreeNodeDto] }) children!: UnitTreeNodeDto[];
}

export class UnitTreeDto extends PositionedDto {
  @ApiProperty({ type: String, nullable: true, example: '1040', description: 'The log position the scores on the nodes reflect' }) scoresPosition!: string | null;
  @ApiProperty({ type: [UnitTreeNodeDto], description: 'Units whose parent is not a unit of the cycle (or that you may not see) are roots' }) roots!: UnitTreeNodeDto[];
}

const PERSON_GRADE_ENUM = ['优秀', '称职', '基本称职', '不称职'];

export class PersonGradeDto {
  @ApiProperty({ example: 'li-ming' }) personId!: string;
  @ApiProperty({ example: '李明' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'caizhengju-yusuanke', description: 'The unit the person hangs below (the unit itself or one of its sections)' }) parentUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '93.50', description: 'Live total in the person’s own category (null: not scored yet)' }) total!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PERSON_GRADE_ENUM, description: 'The grade the person’s own score gives' }) scored!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PERSON_GRADE_ENUM, description: 'The grade within the unit’s 优秀 quota (null: not scored yet)' }) grade!: string | null;
  @ApiProperty({ description: 'Scored 优秀 but no place was left in the quota: graded 称职' }) quotaFilled!: boolean;
}

export class PersonGradesDto extends PositionedDto {
  @ApiProperty({ example: 'caizhengju' }) unitId!: string;
  @ApiProperty({ type: UnitStandingDto, nullable: true, description: 'The unit’s own live standing, whose grade sets the 优秀 share' }) unit!: UnitStandingDto | null;
  @ApiProperty({ type: String, nullable: true, example: '20', description: 'Share (%) of its staff the unit may grade 优秀 (the scheme’s results use for its grade; null: none set, no quota)' })
  excellenceRatio!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'Places for 优秀: round_half_up(scored persons × share); ties at the last place share it' }) quota!: number | null;
  @ApiProperty({ example: 2, description: 'Persons graded 优秀' }) excellent!: number;
  @ApiProperty({ type: [PersonGradeDto], description: 'Every person below the unit (directly or in its sections)' }) persons!: PersonGradeDto[];
}

export class LiveScoresDto extends PositionedDto {
  @ApiProperty({ type: LiveCategoryDto }) category!: LiveCategoryDto;
  @ApiProperty({ example: 1000, description: 'How many lines there are in all (the page is `units`)' }) total!: number;
  @ApiProperty({ type: [LiveUnitScoreDto] }) units!: LiveUnitScoreDto[];
}

export class RuleScoreDto {
  @ApiProperty({ example: '88.32' }) value!: string;
  @ApiProperty({ example: '100' }) outOf!: string;
}

export class ExplanationNodeDto {
  @ApiProperty({ example: 'revenue' }) id!: string;
  @ApiProperty({ enum: ['total', 'part', 'node', 'period', 'leaf', 'bonus', 'deduction', 'cap', 'item'] }) kind!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiPropertyOptional() period?: string;
  @ApiProperty({ example: '14.4', description: 'Unrounded value (string; deductions negative)' }) value!: string;
  @ApiProperty({ example: '14.40', description: 'Rounded half up to 2 decimals' }) shown!: string;
  @ApiPropertyOptional({ example: '30' }) max?: string;
  @ApiPropertyOptional({ type: RuleScoreDto }) score?: RuleScoreDto;
  @ApiPropertyOptional({ example: 'recorded' }) status?: string;
  @ApiProperty({ type: LabelDto, description: 'The rule in words' }) rule!: LabelDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { actual: '2400', target: '2500' } }) inputs!: Record<string, string>;
  @ApiProperty({ type: [String], description: 'Facts behind the number (keys of `events`, see eventIdOfFact)' }) factIds!: string[];
  @ApiProperty({ type: () => [ExplanationNodeDto] }) children!: ExplanationNodeDto[];
}

export class PointerDto {
  @ApiProperty({ enum: ['supersedes', 'approves', 'rejects', 'revokes', 'decides'] }) kind!: string;
  @ApiProperty() eventId!: string;
}

export class AuditEntryDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: '1040' }) position!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ example: 'DataCorrected' }) type!: string;
  @ApiProperty({ type: String, nullable: true }) cycleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) indicatorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) period!: string | null;
  @ApiProperty({ type: String, nullable: true }) proposalId!: string | null;
  @ApiProperty({ example: 'provider-1' }) actorId!: string;
  @ApiProperty({ example: 'data-provider' }) role!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) effectiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '录入错误' }) reason!: string | null;
  @ApiProperty({ type: [String], description: 'Evidence references (sha256:… for uploaded files: GET /evidence/{sha256})' }) evidence!: string[];
  @ApiProperty({ type: PointerDto, nullable: true, description: 'The earlier event this one corrects, approves, rejects or revokes' }) pointsAt!: PointerDto | null;
  @ApiProperty({ type: String, nullable: true }) supersededBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedBy!: string | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'The event data' }) data!: object;
}

export class ExplainedScoreDto extends PositionedDto {
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: LiveUnitScoreDto }) score!: LiveUnitScoreDto;
  @ApiProperty({ type: ExplanationNodeDto }) explanation!: ExplanationNodeDto;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/AuditEntryDto' }, description: 'The events behind the numbers, by event id' })
  events!: Record<string, AuditEntryDto>;
}

export class SubmissionItemDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: 'year-data' }) deadlineId!: string;
  @ApiProperty({ type: String, nullable: true }) indicatorId!: string | null;
  @ApiProperty({ example: 'data' }) kind!: string;
  @ApiProperty({ example: 'year' }) period!: string;
  @ApiProperty({ example: 'year-end' }) phase!: string;
  @ApiProperty({ example: '2027-01-20' }) dueAt!: string;
  @ApiProperty({ type: String, nullable: true }) providerId!: string | null;
  @ApiProperty({ enum: ['submitted', 'pending', 'overdue', 'missing'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) submittedEventId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The value a data item was delivered with (a decimal as text); null for other items and before delivery', example: '86.5' }) value!: string | null;
}

export class SubmissionStatusDto extends PositionedDto {
  @ApiProperty({ type: [SubmissionItemDto] }) items!: SubmissionItemDto[];
}

export class AuditTrailDto extends PositionedDto {
  @ApiProperty({ type: [AuditEntryDto], description: 'In log order; the next page: ?after=<last position>' }) entries!: AuditEntryDto[];
}

// Audit (time travel, diff, verify)

export class MomentDto {
  @ApiProperty({ example: 'published', description: 'What was asked' }) requested!: string;
  @ApiProperty({ example: '1040', description: 'The last global position included' }) position!: string;
  @ApiProperty({ example: '2027-01-21T00:00:00.000Z' }) at!: string;
}

export class UnitLineDto {
  @ApiProperty() unitId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ example: '93.65' }) total!: string;
  @ApiProperty({ example: '93.6512' }) totalExact!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { work: '45.20' } }) parts!: Record<string, string>;
  @ApiProperty({ example: '1.00' }) bonus!: string;
  @ApiProperty({ example: '1.50' }) deduction!: string;
  @ApiProperty() rank!: number;
  @ApiProperty({ example: 'advanced' }) grade!: string;
  @ApiProperty({ example: '先进' }) gradeLabel!: string;
  @ApiProperty({ type: [String] }) flags!: string[];
}

export class CategoryAsOfDto {
  @ApiProperty() cycleId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: MomentDto }) moment!: MomentDto;
  @ApiProperty() schemeVersion!: number;
  @ApiProperty({ type: [UnitLineDto] }) units!: UnitLineDto[];
  @ApiProperty({ type: [GradeCountDto] }) grades!: GradeCountDto[];
}

export class EventLinkDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ example: '1040' }) position!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() actorId!: string;
  @ApiProperty() role!: string;
  @ApiProperty() recordedAt!: string;
  @ApiPropertyOptional() effectiveDate?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ type: [String] }) evidence?: string[];
  @ApiProperty({ ...JSON_OBJECT }) data!: object;
}

export class FactEvidenceDto {
  @ApiProperty() factId!: string;
  @ApiProperty({ type: EventLinkDto }) event!: EventLinkDto;
  @ApiProperty({ type: [EventLinkDto], description: 'The events that made it count: finding, claim, approval, earlier values' }) trail!: EventLinkDto[];
}

export class ExplainedNodeDto extends ExplanationNodeDto {
  @ApiProperty({ type: [FactEvidenceDto] }) events!: FactEvidenceDto[];
  @ApiProperty({ type: () => [ExplainedNodeDto] }) declare children: ExplainedNodeDto[];
}

export class StoppedFactDto {
  @ApiProperty({ type: EventLinkDto }) event!: EventLinkDto;
  @ApiProperty({ type: EventLinkDto }) stoppedBy!: EventLinkDto;
  @ApiProperty({ enum: ['revoked', 'corrected'] }) how!: string;
}

export class UnitAsOfDto {
  @ApiProperty() cycleId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: MomentDto }) moment!: MomentDto;
  @ApiProperty() schemeVersion!: number;
  @ApiProperty({ type: UnitLineDto }) unit!: UnitLineDto;
  @ApiProperty({ type: [UnitFlagDto] }) flags!: UnitFlagDto[];
  @ApiProperty({ type: ExplainedNodeDto }) explanation!: ExplainedNodeDto;
  @ApiProperty({ type: [StoppedFactDto], description: 'Facts recorded by then that no longer counted then, and why' }) stopped!: StoppedFactDto[];
}

export class FactChangeDto {
  @ApiProperty({ enum: ['arrived', 'corrected', 'revoked', 'recorded'] }) kind!: string;
  @ApiPropertyOptional() unitId?: string;
  @ApiProperty({ type: EventLinkDto }) event!: EventLinkDto;
  @ApiPropertyOptional({ type: EventLinkDto, description: 'The earlier event a correction replaces or a revocation takes back' }) changes?: EventLinkDto;
}

export class NumberChangeDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: 'total', description: 'total, bonus, deduction, grade, rank or parts.<id>' }) field!: string;
  @ApiProperty({ type: String, nullable: true, example: '92.15' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '93.65' }) to!: string | null;
}

export class UnitBeforeAfterDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: UnitLineDto, nullable: true }) before!: UnitLineDto | null;
  @ApiProperty({ type: UnitLineDto, nullable: true }) after!: UnitLineDto | null;
}

export class ScoreDiffDto {
  @ApiProperty() cycleId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: MomentDto }) from!: MomentDto;
  @ApiProperty({ type: MomentDto }) to!: MomentDto;
  @ApiProperty({ type: [FactChangeDto] }) facts!: FactChangeDto[];
  @ApiProperty({ type: [NumberChangeDto] }) changes!: NumberChangeDto[];
  @ApiProperty({ type: [UnitBeforeAfterDto] }) units!: UnitBeforeAfterDto[];
}

export class BrokenLinkDto {
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, example: '1040', description: 'Global position (a string in JSON)' }) globalPosition!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ enum: ['hash-mismatch', 'prev-hash-mismatch', 'revision-gap'] }) problem!: string;
  @ApiProperty() expected!: string;
  @ApiProperty() actual!: string;
}

export class VerifyScopeDto {
  @ApiProperty({ enum: ['log', 'cycle'] }) kind!: string;
  @ApiPropertyOptional() cycleId?: string;
  @ApiPropertyOptional({ type: [String] }) streamPrefixes?: string[];
}

export class VerifyReportDto {
  @ApiProperty({ description: 'Every hash chain intact' }) ok!: boolean;
  @ApiProperty() streamsChecked!: number;
  @ApiProperty() eventsChecked!: number;
  @ApiProperty() brokenLinks!: number;
  @ApiPropertyOptional({ type: BrokenLinkDto, description: 'The first broken link in global order' }) firstBroken?: BrokenLinkDto;
  @ApiProperty({ type: VerifyScopeDto }) scope!: VerifyScopeDto;
  @ApiProperty({ example: '1042' }) headPosition!: string;
}

export class PublicationSealDto {
  @ApiProperty({ example: '1042', description: 'The log position the table was computed at' }) asOfPosition!: string;
  @ApiProperty({ description: 'The moment deadlines were judged at' }) asOf!: string;
  @ApiProperty() computedEventId!: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the ResultsComputed event' }) computedHash!: string;
  @ApiProperty() publishedEventId!: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the ResultsPublished event (also the PDF\'s Subject: "seal <hash>")' }) publishedHash!: string;
  @ApiProperty({ example: '1050' }) publishedPosition!: string;
  @ApiProperty() publishedAt!: string;
}

export class PublicationCheckDto {
  @ApiProperty({ enum: ['seal-matches', 'log-intact', 'signed', 'table-recomputes'] }) check!: string;
  @ApiProperty({ enum: ['passed', 'failed', 'not-yet'] }) status!: string;
  @ApiProperty({ description: 'What was found (Chinese first)' }) detail!: string;
}

export class LineMismatchDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: ResultLineDto, nullable: true, description: 'The line as published (null: the log gives a unit the table lacks)' }) published!: ResultLineDto | null;
  @ApiProperty({ type: ResultLineDto, nullable: true, description: 'The line the log gives at the recorded position' }) recomputed!: ResultLineDto | null;
}

export class PublicationVerificationDto {
  @ApiProperty() cycleId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ description: 'No check failed (a signature not made yet is said, not failed)' }) ok!: boolean;
  @ApiProperty({ type: PublicationSealDto, description: 'The publication as the log has it: what a true 公示 of it prints' }) seal!: PublicationSealDto;
  @ApiProperty({ type: [PublicationCheckDto] }) checks!: PublicationCheckDto[];
  @ApiProperty({ type: [LineMismatchDto] }) mismatches!: LineMismatchDto[];
  @ApiProperty({ type: VerifyReportDto }) log!: VerifyReportDto;
}

// Notifications and ops

export class NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'user:…, role:…, unit:… or provider:…' }) recipient!: string;
  @ApiProperty({ example: 'reminder' }) kind!: string;
  @ApiProperty() cycleId!: string;
  @ApiProperty({ example: '年中数据将于 2026-07-10 截止' }) message!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ description: 'Whether you marked it read (each person apart)' }) read!: boolean;
}

export class QueueReportDto {
  @ApiProperty({ example: 'kaoping-phases' }) name!: string;
  @ApiProperty({ enum: ['bullmq', 'in-process'] }) adapter!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { waiting: 0, active: 0, delayed: 3, completed: 12, failed: 0 } }) counts!: Record<string, number>;
  @ApiProperty({ description: 'waiting + delayed + active' }) depth!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'What this process ran since it started' }) sinceStart!: Record<string, number>;
}

export class QueuesDto {
  @ApiProperty({ type: [QueueReportDto] }) queues!: QueueReportDto[];
}

export class ReviewQueueDto extends PositionedDto {
  @ApiProperty({ type: [ProposalDto] }) proposals!: ProposalDto[];
}
