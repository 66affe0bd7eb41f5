import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SQL_INTEGER_MAX } from '@kaoping/projections';
import { ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE } from '../evaluation/common.dto';
import { FreshnessQuery, PageLimit, PageOffset } from '../queries/queries.dto';
import { GrantDto } from '../users/users.dto';

// Queries

export class PageQuery extends FreshnessQuery {
  @PageLimit({ default: 50, description: 'Items per page' })
  limit?: number;

  @PageOffset('Items to skip')
  offset?: number;
}

const OptionalId = (example: string, description?: string, pattern: Readonly<{ rule: RegExp; message: string }> = { rule: ID, message: ID_MESSAGE }): PropertyDecorator => {
  const decorators = [ApiPropertyOptional({ example, ...(description === undefined ? {} : { description }) }), IsOptional(), Matches(pattern.rule, { message: pattern.message })];
  return (target, key) => decorators.forEach((d) => d(target, key));
};
/** An id of what a scheme defines (a category, an indicator, a provider): the scheme's rule, Chinese included. */
const OptionalSchemeId = (example: string, description?: string): PropertyDecorator => OptionalId(example, description, { rule: SCHEME_ID, message: SCHEME_ID_MESSAGE });

export class CyclesQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026' }) @IsOptional() @Matches(/^\d{4}$/, { message: '$property is a year (4 digits)' }) year?: string;
}

export class SchemeQuery extends FreshnessQuery {
  // At most what the versions' integer column holds (a larger one was refused by SQL, a 500).
  @ApiPropertyOptional({ example: 2, minimum: 1, maximum: SQL_INTEGER_MAX, description: 'A version (default: the one in force now, the latest)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SQL_INTEGER_MAX)
  version?: number;
}

export const UNIT_STATUSES = ['registered', 'retired'] as const;

export class UnitsQuery extends PageQuery {
  @OptionalSchemeId('townships') categoryId?: string;
  @OptionalId('county', 'Only the units directly under this unit') parentUnitId?: string;
  @ApiPropertyOptional({ enum: ['county', 'department', 'township', 'section', 'person', 'project'] })
  @IsOptional()
  @IsIn(['county', 'department', 'township', 'section', 'person', 'project'])
  level?: string;
  @ApiPropertyOptional({ enum: UNIT_STATUSES }) @IsOptional() @IsIn(UNIT_STATUSES) status?: string;
  @ApiPropertyOptional({ example: '新城', description: 'Part of the id or the name (search as you type)' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

export class AssignmentsQuery extends PageQuery {
  @OptionalId('xinchengpu') unitId?: string;
  @OptionalSchemeId('revenue') indicatorId?: string;
  @OptionalSchemeId('tongjiju') providerId?: string;
}

export class RatersQuery extends FreshnessQuery {
  @OptionalId('liu.leader') raterId?: string;
}

export const PROPOSAL_STATUSES = ['pending', 'under-investigation', 'approved', 'rejected', 'revoked', 'not-upheld'] as const;
export const PROPOSAL_KINDS = ['deduction', 'bonus', 'veto'] as const;

export class ProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES, description: 'default: every status' }) @IsOptional() @IsIn(PROPOSAL_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: PROPOSAL_KINDS }) @IsOptional() @IsIn(PROPOSAL_KINDS) kind?: string;
  @OptionalId('xinchengpu') unitId?: string;
  @OptionalId('zhao.inspector', 'Who recorded it (an inspector or complaint handler: always themselves)') recordedBy?: string;
}

export const APPEAL_STATUSES = ['filed', 'decided'] as const;

export class AppealsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPEAL_STATUSES }) @IsOptional() @IsIn(APPEAL_STATUSES) status?: string;
  @OptionalId('xinchengpu') unitId?: string;
}

export const RECTIFICATION_STATUSES = ['ordered', 'planned', 'reported', 'accepted'] as const;

export class RectificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RECTIFICATION_STATUSES }) @IsOptional() @IsIn(RECTIFICATION_STATUSES) status?: string;
  @OptionalId('xinchengpu') unitId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) overdue?: string;
}

export class ResultsQuery extends FreshnessQuery {
  @OptionalSchemeId('townships') categoryId?: string;
}

export class SnapshotsQuery extends FreshnessQuery {
  @OptionalSchemeId('townships') categoryId?: string;
  @ApiPropertyOptional({ example: 'mid-year' }) @IsOptional() @IsString() @MaxLength(40) phase?: string;
}

export class PhaseBoardQuery extends FreshnessQuery {
  @ApiPropertyOptional({ example: 'year-end', description: "Only this phase's deadlines" }) @IsOptional() @IsString() @MaxLength(40) phase?: string;
}

// Responses

export class LabelDto {
  @ApiProperty({ name: 'zh-CN', example: '乡镇' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'Townships' }) en!: string;
}

class Positioned {
  @ApiProperty({ type: String, nullable: true, example: '1042', description: 'The log position the read model reflects (null: nothing yet)' })
  position!: string | null;
}

class Paged extends Positioned {
  @ApiProperty({ example: 1000, description: 'How many match the filters' }) total!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 0 }) offset!: number;
}

export class PhaseDto {
  @ApiProperty({ example: 'year-end' }) id!: string;
  @ApiProperty({ enum: ['pending', 'open', 'closed'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) openedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Start date (the calendar, as moved by hand)' }) start?: string;
  @ApiPropertyOptional({ example: '2027-01-20' }) end?: string;
}

export class DeadlineDto {
  @ApiProperty({ example: 'year-data' }) id!: string;
  @ApiProperty({ example: 'data' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: 'year' }) period!: string | null;
  @ApiProperty({ example: '2027-01-20' }) dueAt!: string;
  @ApiProperty({ description: 'DeadlinePassed recorded' }) passed!: boolean;
}

export class CycleDto {
  @ApiProperty({ example: '2026' }) cycleId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '2026年度综合考评' }) name!: string;
  @ApiProperty({ enum: ['created', 'active'], description: 'created: no scheme yet; active: phases run' }) status!: string;
  @ApiProperty({ type: Number, nullable: true }) schemeVersion!: number | null;
  @ApiProperty({ type: [String], example: ['year-end'], description: 'The phases open now (phases may overlap)' }) openPhases!: string[];
  @ApiProperty({ type: [PhaseDto] }) phases!: PhaseDto[];
  @ApiProperty({ type: [DeadlineDto] }) deadlines!: DeadlineDto[];
  @ApiProperty({ type: [String] }) closedPeriods!: string[];
  @ApiProperty() createdAt!: string;
}

export class CycleListDto extends Paged {
  @ApiProperty({ type: [CycleDto] }) items!: CycleDto[];
}

export class RatingWindowDto {
  @ApiProperty({ example: 'mid-year', description: 'A period of the scheme in force' }) period!: string;
  @ApiProperty({
    enum: ['open', 'not-open', 'closed'],
    description: 'Whether ratings for the period are taken now: open; not-open (a mid-year or year-end period while neither phase is open); closed (the period closed)',
  })
  window!: string;
}

export class CycleDetailDto extends CycleDto {
  @ApiProperty({ type: [RatingWindowDto], description: "Each period of the scheme in force, in the scheme's order, with its rating window (empty before a scheme is published)" })
  ratingWindows!: RatingWindowDto[];
}

export class CycleReadDto extends Positioned {
  @ApiProperty({ type: CycleDetailDto }) cycle!: CycleDetailDto;
}

export class OutlineNodeDto {
  @ApiProperty({ example: 'revenue' }) id!: string;
  @ApiProperty({ enum: ['part', 'node', 'period', 'leaf'] }) kind!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ example: '30.00', description: 'Points the node is worth in the category total (decimal string)' }) maxPoints!: string;
  @ApiProperty({ example: '100', description: "The node's own full marks" }) scale!: string;
  @ApiProperty({ example: 'year' }) period!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['proportional', 'rating', 'points', 'score', 'survey', 'deduction'] }) method!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tongjiju' }) provider!: string | null;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ type: () => [IdLabelDto], nullable: true, description: "Leaves scored on a scale (rating, survey): the scale's levels in order; a survey's counts are given per level" }) levels!: IdLabelDto[] | null;
  @ApiProperty({ type: [String], nullable: true, example: ['county-leader'], description: 'Rating and points leaves: the rater roles that rate it (null: any assigned rater)' }) raterRoles!: string[] | null;
  @ApiProperty({ type: String, nullable: true, example: 'special-projects', description: "Rating leaves that take the grades of the unit's projects: the project category (null: rated by hand; nobody rates such a leaf)" }) fromProjects!: string | null;
  @ApiProperty({ type: () => [OutlineNodeDto] }) children!: OutlineNodeDto[];
}

export class GradeDto {
  @ApiProperty({ example: 'advanced' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ type: String, nullable: true, example: '90' }) min!: string | null;
}

export class AdjustmentRuleDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ type: String, nullable: true, example: '0.5' }) points!: string | null;
  @ApiProperty({ enum: ['item', 'person'] }) per!: string;
}

export class VetoDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class CategoryDto {
  @ApiProperty({ example: 'townships' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ example: '100' }) total!: string;
  @ApiProperty({ type: [OutlineNodeDto] }) parts!: OutlineNodeDto[];
  @ApiProperty({ type: [GradeDto] }) grades!: GradeDto[];
  @ApiProperty({ type: [AdjustmentRuleDto] }) bonusRules!: AdjustmentRuleDto[];
  @ApiProperty({ type: [AdjustmentRuleDto] }) deductionRules!: AdjustmentRuleDto[];
  @ApiProperty({ type: [VetoDto] }) vetoes!: VetoDto[];
}

export class IdLabelDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class SchemeOutlineDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: LabelDto }) name!: LabelDto;
  @ApiProperty({ type: [IdLabelDto] }) periods!: IdLabelDto[];
  @ApiProperty({ type: [IdLabelDto] }) sources!: IdLabelDto[];
  @ApiProperty({ type: [IdLabelDto], description: 'The rater roles the scheme names (省长, 分管县领导…); empty when it names none' }) raterRoles!: IdLabelDto[];
  @ApiProperty({ type: [CategoryDto] }) categories!: CategoryDto[];
}

export class SchemeVersionSummaryDto {
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ enum: ['SchemePublished', 'SchemeAmended'] }) type!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [String] }) changes!: string[];
}

export class SchemeVersionListDto extends Positioned {
  @ApiProperty({ type: [SchemeVersionSummaryDto] }) versions!: SchemeVersionSummaryDto[];
}

export class SchemeVersionDto extends SchemeVersionSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The scheme document as published (JSON; docs/scheme-format)' }) document!: object;
  @ApiProperty({ type: SchemeOutlineDto, nullable: true, description: 'The parsed tree (null if the document no longer validates)' }) outline!: SchemeOutlineDto | null;
}

export class SchemeReadDto extends Positioned {
  @ApiProperty({ type: SchemeVersionDto }) scheme!: SchemeVersionDto;
}

export class CategorySummaryDto {
  @ApiProperty({ example: 'townships' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ example: '100' }) total!: string;
  @ApiProperty({ type: [GradeDto] }) grades!: GradeDto[];
  @ApiProperty({ example: 12, description: 'Units registered in it now' }) units!: number;
}

export class CategoryListDto extends Positioned {
  @ApiProperty({ type: Number, nullable: true }) schemeVersion!: number | null;
  @ApiProperty({ type: [CategorySummaryDto] }) categories!: CategorySummaryDto[];
}

export class UnitDto {
  @ApiProperty({ example: 'xinchengpu' }) unitId!: string;
  @ApiProperty({ example: '新城铺镇' }) name!: string;
  @ApiProperty({ enum: ['county', 'department', 'township', 'section', 'person', 'project'] }) level!: string;
  @ApiProperty({ type: String, nullable: true, example: 'townships', description: 'None for a county at the root of the tree, which is not scored' }) categoryId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'county' }) parentUnitId!: string | null;
  @ApiProperty({ enum: UNIT_STATUSES }) status!: string;
  @ApiProperty({ enum: ['none', 'submitted', 'approved', 'returned'], description: 'Its evaluation plan' }) planStatus!: string;
}

export class UnitListDto extends Paged {
  @ApiProperty({ type: [UnitDto] }) items!: UnitDto[];
}

export class AssignmentDto {
  @ApiProperty({ example: 'xinchengpu' }) unitId!: string;
  @ApiProperty({ example: 'revenue' }) indicatorId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'caizhengju' }) providerId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { year: '2500' }, description: "Targets per period (decimal strings; '' key: every period)" })
  targets!: Record<string, string>;
  @ApiProperty() eventId!: string;
}

export class AssignmentListDto extends Paged {
  @ApiProperty({ type: [AssignmentDto] }) items!: AssignmentDto[];
}

export class UnitDetailDto extends Positioned {
  @ApiProperty({ type: UnitDto }) unit!: UnitDto;
  @ApiProperty({ type: [AssignmentDto] }) assignments!: AssignmentDto[];
  @ApiProperty({ type: [UnitDto], description: 'Units directly under it (sections, persons)' }) children!: UnitDto[];
}

export class RaterDto {
  @ApiProperty({ example: 'liu.leader' }) raterId!: string;
  @ApiProperty({ example: 'governor' }) raterRole!: string;
  @ApiProperty({ oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }], example: ['xinchengpu'] }) units!: 'all' | string[];
  @ApiProperty({ type: [String], nullable: true }) indicators!: string[] | null;
}

export class RaterListDto extends Positioned {
  @ApiProperty({ type: [RaterDto] }) raters!: RaterDto[];
}

export class ProposalStepDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty() role!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason?: string | null;
}

export class ProposalRevocationDto extends ProposalStepDto {
  @ApiProperty({ type: String, nullable: true }) appealId!: string | null;
}

export class ProposalDto {
  @ApiProperty({ example: 'f-xinchengpu-1' }) proposalId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: string;
  @ApiProperty({ example: '窗口服务超时 (政务大厅)' }) what!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Rule, points (decimal strings), source…' }) terms!: object;
  @ApiProperty({ type: [String], description: 'Evidence references (sha256:… for uploaded files)' }) evidence!: string[];
  @ApiProperty({ type: ProposalStepDto }) recorded!: ProposalStepDto;
  @ApiProperty({ type: ProposalStepDto, nullable: true }) decided!: ProposalStepDto | null;
  @ApiProperty({ type: ProposalRevocationDto, nullable: true }) revoked!: ProposalRevocationDto | null;
}

export class ProposalListDto extends Paged {
  @ApiProperty({ type: [ProposalDto] }) items!: ProposalDto[];
}

export class ProposalReadDto extends Positioned {
  @ApiProperty({ type: ProposalDto }) proposal!: ProposalDto;
}

export class AppealFiledDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty() role!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: [String], description: 'Evidence attached to this step (sha256:… for uploaded files: GET /evidence/{sha256})' }) evidence!: string[];
}

export class AppealDecidedDto extends AppealFiledDto {
  @ApiProperty({ enum: ['upheld', 'partly-upheld', 'dismissed'] }) outcome!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { proposalId: { type: 'string' }, kind: { type: 'string' } } } }) revokes!: object[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class AppealDto {
  @ApiProperty() appealId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: APPEAL_STATUSES }) status!: string;
  @ApiProperty({
    type: 'object',
    properties: { kind: { type: 'string', enum: ['proposal', 'fact', 'results'] }, proposalId: { type: 'string' }, factId: { type: 'string' }, categoryId: { type: 'string' } },
    example: { kind: 'proposal', proposalId: 'f-xinchengpu-1' },
  })
  against!: object;
  @ApiProperty() grounds!: string;
  @ApiProperty({ type: AppealFiledDto }) filed!: AppealFiledDto;
  @ApiProperty({ type: AppealDecidedDto, nullable: true }) decided!: AppealDecidedDto | null;
}

export class AppealListDto extends Paged {
  @ApiProperty({ type: [AppealDto] }) items!: AppealDto[];
}

export class AppealReadDto extends Positioned {
  @ApiProperty({ type: AppealDto }) appeal!: AppealDto;
}

export class RectificationStepDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String] }) documents!: string[];
}

export class RectificationDto {
  @ApiProperty() orderId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: RECTIFICATION_STATUSES }) status!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ example: '2027-03-31' }) dueAt!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'object', properties: { eventId: { type: 'string' }, actorId: { type: 'string' }, at: { type: 'string' } } }) ordered!: object;
  @ApiProperty({ type: RectificationStepDto, nullable: true }) plan!: RectificationStepDto | null;
  @ApiProperty({ type: RectificationStepDto, nullable: true }) report!: RectificationStepDto | null;
  @ApiProperty({ type: 'object', nullable: true, properties: { eventId: { type: 'string' }, actorId: { type: 'string' } } }) accepted!: object | null;
  @ApiProperty() updatedAt!: string;
}

export class RectificationListDto extends Paged {
  @ApiProperty({ type: [RectificationDto] }) items!: RectificationDto[];
}

export class RankChangeDto {
  @ApiProperty({ example: 5, description: 'Rank in the published results of the cycle before' }) previousRank!: number;
  @ApiProperty({ example: 2, description: 'Places gained (negative: lost)' }) change!: number;
  @ApiProperty({ enum: ['up', 'down', 'same'] }) direction!: 'up' | 'down' | 'same';
}

/** 结果运用: what the grade means for the unit, and its rank against last year. */
export class ResultsUseDto {
  @ApiPropertyOptional({ example: '-20', description: 'Bonus pay adjustment in % (decimal string)' }) payFactor?: string;
  @ApiPropertyOptional({ example: '12', description: 'Share (%) of its civil servants who may be graded excellent (decimal string)' }) excellenceRatio?: string;
  @ApiProperty({ type: [LabelDto], description: 'Actions the grade calls for (诫勉谈话…)' }) actions!: LabelDto[];
  @ApiPropertyOptional({ type: RankChangeDto, description: 'Against the cycle before (absent: no predecessor, or the unit was not ranked in its published results)' }) rankChange?: RankChangeDto;
}

export class ResultLineDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: '93.65', description: 'Decimal string' }) total!: string;
  @ApiProperty({ example: 'advanced' }) grade!: string;
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiPropertyOptional({ type: ResultsUseDto, description: 'What the result means (absent: the scheme sets no results use and there is no cycle before)' }) resultsUse?: ResultsUseDto;
  @ApiPropertyOptional({ type: [String], example: ['two-years-below-standard'], description: 'Results-use flags raised (ids of the scheme’s flags: 连续两年不达标…)' }) flags?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Rectification orders of the cycle before still open, carried into this year (ids)' }) carriedRectifications?: string[];
}

export class ComputedResultsDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() asOfPosition!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty() schemeVersion!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The appeal whose decision recomputed them' }) appealId!: string | null;
  @ApiProperty() computedAt!: string;
  @ApiProperty({ type: [ResultLineDto] }) units!: ResultLineDto[];
}

export class PublishedResultsDto extends ComputedResultsDto {
  @ApiProperty() publishedEventId!: string;
  @ApiProperty() publishedAt!: string;
  @ApiProperty() noticeEndsAt!: string;
}

export class FinalisedDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() at!: string;
}

export class CategoryResultsDto {
  @ApiProperty() categoryId!: string;
  @ApiProperty({ enum: ['computed', 'published', 'finalised'] }) status!: string;
  @ApiProperty({ type: ComputedResultsDto, nullable: true, description: 'The latest computation (after publication: an appeal recomputation not yet published)' }) computed!: ComputedResultsDto | null;
  @ApiProperty({ type: PublishedResultsDto, nullable: true }) published!: PublishedResultsDto | null;
  @ApiProperty({ type: FinalisedDto, nullable: true }) finalised!: FinalisedDto | null;
}

export class ResultsListDto extends Positioned {
  @ApiProperty({ type: [CategoryResultsDto] }) results!: CategoryResultsDto[];
}

export class SnapshotDto {
  @ApiProperty() categoryId!: string;
  @ApiProperty({ example: 'mid-year' }) phase!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() asOfPosition!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty() schemeVersion!: number;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: [ResultLineDto] }) units!: ResultLineDto[];
}

export class SnapshotListDto extends Positioned {
  @ApiProperty({ type: [SnapshotDto] }) snapshots!: SnapshotDto[];
}

export class DeadlineBoardDto {
  @ApiProperty({ example: 'year-data' }) deadlineId!: string;
  @ApiProperty({ example: 'data' }) kind!: string;
  @ApiProperty({ example: 'year' }) period!: string;
  @ApiProperty({ example: 'year-end' }) phase!: string;
  @ApiProperty({ example: '2027-01-20' }) dueAt!: string;
  @ApiProperty({ example: 12, description: 'Units that owe something by this deadline' }) units!: number;
  @ApiProperty({ example: 9, description: 'Units with every item submitted' }) submitted!: number;
  @ApiProperty({ example: 1, description: 'Units with an item not yet due' }) pending!: number;
  @ApiProperty({ example: 2, description: 'Units with an item past the deadline' }) overdue!: number;
  @ApiProperty({ example: 0, description: 'Units with an item missing in a closed period (counts zero)' }) missing!: number;
}

export class PhaseBoardDto extends Positioned {
  @ApiProperty({ type: CycleDto }) cycle!: CycleDto;
  @ApiProperty({ type: [DeadlineBoardDto], description: 'Drill down: GET /cycles/{cycleId}/submission-status?deadlineId=…&status=…' }) deadlines!: DeadlineBoardDto[];
}

export class MeDto {
  @ApiProperty({ example: 'li.ming' }) userId!: string;
  @ApiProperty({ example: '李明' }) name!: string;
  @ApiProperty({ example: 'unit-reporter', description: 'The role this token acts in' }) role!: string;
  @ApiPropertyOptional({ example: 'xinchengpu' }) unitId?: string;
  @ApiPropertyOptional({ example: 'tongjiju' }) providerId?: string;
  @ApiProperty({ type: [GrantDto], description: 'Every role (with its scope) the user holds: sign in again to act in another' }) grants!: GrantDto[];
  @ApiProperty({ type: [String], description: 'The actions of the role table this role may perform' }) actions!: string[];
}
