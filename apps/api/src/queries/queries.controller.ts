import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { NotFound, RuleViolated, publishedSchemeOf } from '@kaoping/evaluation';
import { ScoringError, excellenceRatioOf, gradeStaff, type StaffGrading, type StaffMember } from '@kaoping/scoring';
import type { ActingUser } from '@kaoping/identity';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE } from '@kaoping/runtime';
import {
  AUDIT_TRAIL,
  DIRECTORY,
  LIVE_SCORES,
  PROPOSALS,
  ReadModelsService,
  SUBMISSION_STATUS,
  auditTrail,
  explainedScore,
  liveCategory,
  liveScoresPage,
  liveStandings,
  listUnits,
  proposals,
  schemeVersion,
  submissionStatus,
  unitById,
  type UnitView,
} from '@kaoping/projections';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { assertLeaderMaySeeScores, assertMayRead, assertOwnUnit } from './query-access';
import { AuditTrailDto, ExplainedScoreDto, LiveScoresDto, PersonGradesDto, ReviewQueueDto, SubmissionStatusDto } from '../reads/responses.dto';
import { standingDto, standingsByUnit } from '../reads/standing';
import { AuditTrailQuery, FreshnessQuery, LiveScoresQuery, ReviewQueueQuery, SubmissionStatusQuery } from './queries.dto';
import { minPositionOf } from './min-position.header';

const PAGE = 500;
const ALL_UNITS = 100_000;

/** The persons below a unit: directly, or in its sections (and theirs), in the directory's order. */
const personsBelow = (units: readonly UnitView[], unitId: string): readonly UnitView[] => {
  const below = new Set([unitId]);
  // Parents come before their children in no guaranteed order: widen until nothing is added.
  for (let grown = true; grown; ) {
    grown = false;
    for (const unit of units) {
      if (unit.parentUnitId !== null && below.has(unit.parentUnitId) && !below.has(unit.unitId)) {
        below.add(unit.unitId);
        grown = true;
      }
    }
  }
  return units.filter((unit) => unit.level === 'person' && unit.unitId !== unitId && below.has(unit.unitId));
};

/** The staff graded; a person graded outside the four person grades is a rule of the scheme broken. */
const gradedStaff = (input: Parameters<typeof gradeStaff>[0]): StaffGrading => {
  try {
    return gradeStaff(input);
  } catch (error: unknown) {
    if (!(error instanceof ScoringError)) throw error;
    throw new RuleViolated({ code: 'not-person-grades', message: error.message });
  }
};

/** The read side: live scores, explanations, submission status, the review queue and the audit trail. Each answer says the position it reflects. */
@ApiTags('read models')
@ApiBearerAuth()
@ApiServiceUnavailableResponse({ description: '`minPosition` not reached within 5 s: retry shortly' })
@Controller('cycles/:cycleId')
export class QueriesController {
  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The position the read model reflects; a `minPosition` it does not reach in time is a 503 'read-model-behind'. */
  private fresh(projection: string, minPosition: string | undefined): Promise<string | null> {
    return this.readModels.freshAt(projection, minPositionOf(minPosition));
  }

  private get db() {
    return { db: this.readModels.db, schema: this.readModels.schema };
  }

  @Get('live-scores/:categoryId')
  @Action('ReadLiveScores')
  @ApiOperation({
    summary:
      "Live scores of a category, ranked, with provisional grades, a page at a time with `limit` (office, committee, auditor; a unit reporter its own line; leaders after publication). A category ranked in a ranking group carries the group's ranks and grades; the group's id reads the whole group in one ranking",
  })
  @ApiOkResponse({ type: LiveScoresDto })
  async liveScores(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Param('categoryId') categoryId: string, @Query() query: LiveScoresQuery) {
    assertMayRead(actor, 'ReadLiveScores');
    const position = await this.fresh(LIVE_SCORES, query.minPosition);
    const category = await liveCategory(this.db, { cycleId, categoryId });
    if (category === null) throw new NotFound({ code: 'category-not-scored', message: `no live scores for category ${categoryId} of cycle ${cycleId}` });
    assertLeaderMaySeeScores(actor, category.published !== null);
    const page = await liveScoresPage(this.db, {
      cycleId,
      categoryId,
      categories: category.categories,
      ...(actor.role === 'unit-reporter' ? { unitId: actor.unitId ?? '' } : {}),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
      ...(query.offset === undefined ? {} : { offset: query.offset }),
    });
    return { position, category, total: page.total, units: page.units };
  }

  @Get('units/:unitId/explained-score')
  @Action('ReadExplainedScore')
  @ApiOperation({ summary: "A unit's live score with its explanation tree and the events behind each number (who, role, when, why, evidence, who approved, what revoked it)" })
  @ApiOkResponse({ type: ExplainedScoreDto })
  async explainedScore(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @Query() query: FreshnessQuery) {
    assertMayRead(actor, 'ReadExplainedScore');
    assertOwnUnit(actor, unitId);
    const [position] = await Promise.all([this.fresh(LIVE_SCORES, query.minPosition), this.fresh(AUDIT_TRAIL, query.minPosition)]);
    const explained = await explainedScore({ ...this.db, store: this.store }, { cycleId, unitId });
    if (explained === null) throw new NotFound({ code: 'unit-not-scored', message: `no live score for unit ${unitId} of cycle ${cycleId}` });
    if (actor.role === 'leader') assertLeaderMaySeeScores(actor, (await liveCategory(this.db, { cycleId, categoryId: explained.categoryId }))?.published != null);
    return { position, ...explained };
  }

  @Get('units/:unitId/person-grades')
  @Action('ReadLiveScores')
  @ApiOperation({
    summary:
      "Person evaluation (优秀/称职/基本称职/不称职) of a unit's staff, directly below it or in its sections: each person's grade from their own live score, 优秀 held to the share the unit's own grade allows (the scheme's excellence ratio, e.g. Jiangsu 20/18/15/12 %), places round_half_up, ties sharing the last place (a unit reporter: its own unit; leaders: published categories)",
  })
  @ApiOkResponse({ type: PersonGradesDto })
  async personGrades(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @Query() query: FreshnessQuery): Promise<PersonGradesDto> {
    assertMayRead(actor, 'ReadLiveScores');
    assertOwnUnit(actor, unitId);
    await this.fresh(DIRECTORY, query.minPosition);
    const position = await this.fresh(LIVE_SCORES, query.minPosition);
    const unit = await unitById(this.db, { cycleId, unitId });
    if (unit === null) throw new NotFound({ code: 'unit-not-found', message: `no unit ${unitId} in cycle ${cycleId}` });
    const units = (await listUnits(this.db, { cycleId, status: 'registered', limit: ALL_UNITS, offset: 0 })).items;
    const standingOf = standingsByUnit(await liveStandings(this.db, { cycleId }));
    const own = standingOf(unit);
    const staff = personsBelow(units, unitId);
    if (actor.role === 'leader') assertLeaderMaySeeScores(actor, [unit, ...staff].every((u) => standingOf(u)?.published !== false));
    const ownGrade = own === undefined ? null : standingDto(own).grade;
    const scheme = ownGrade === null ? null : await schemeVersion(this.db, { cycleId });
    const valid = scheme === null ? undefined : publishedSchemeOf(scheme).valid;
    const excellenceRatio =
      valid !== undefined && ownGrade !== null && unit.categoryId !== null ? excellenceRatioOf(valid, { categoryId: unit.categoryId, gradeId: ownGrade.id }) : undefined;
    const members: StaffMember[] = staff.map((person) => {
      const standing = standingOf(person);
      const grade = standing === undefined ? null : standingDto(standing).grade;
      return { personId: person.unitId, ...(standing === undefined ? {} : { total: standing.total }), ...(grade === null ? {} : { grade }) };
    });
    const grading = gradedStaff({ ...(excellenceRatio === undefined ? {} : { excellenceRatio }), staff: members });
    return {
      position,
      unitId,
      unit: own === undefined ? null : standingDto(own),
      excellenceRatio: grading.excellenceRatio ?? null,
      quota: grading.quota ?? null,
      excellent: grading.excellent,
      persons: grading.persons.map((graded, at) => ({
        personId: graded.personId,
        name: staff[at]?.name ?? graded.personId,
        parentUnitId: staff[at]?.parentUnitId ?? null,
        total: graded.total ?? null,
        scored: graded.scored ?? null,
        grade: graded.grade ?? null,
        quotaFilled: graded.quotaFilled === true,
      })),
    };
  }

  @Get('submission-status')
  @Action('ReadSubmissionStatus')
  @ApiOperation({ summary: 'Where each unit stands per phase and deadline: submitted, pending, overdue, missing (a unit reporter its own unit; a data provider its own indicators; the survey office the survey deadlines)' })
  @ApiOkResponse({ type: SubmissionStatusDto })
  async submissionStatus(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Query() query: SubmissionStatusQuery) {
    assertMayRead(actor, 'ReadSubmissionStatus');
    if (query.unitId !== undefined) assertOwnUnit(actor, query.unitId);
    const position = await this.fresh(SUBMISSION_STATUS, query.minPosition);
    const unitId = actor.role === 'unit-reporter' ? actor.unitId : query.unitId;
    const providerId = actor.role === 'data-provider' ? (actor.providerId ?? '') : undefined;
    const kind = actor.role === 'survey-office' ? 'survey' : query.kind;
    const items = await submissionStatus(this.db, {
      cycleId,
      ...(unitId === undefined ? {} : { unitId }),
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.phase === undefined ? {} : { phase: query.phase }),
      ...(query.deadlineId === undefined ? {} : { deadlineId: query.deadlineId }),
      ...(providerId === undefined ? {} : { providerId }),
      ...(kind === undefined ? {} : { kind }),
    });
    return { position, items };
  }

  @Get('review-queue')
  @Action('ReadReviewQueue')
  @ApiOperation({ summary: 'Proposals awaiting review (or in another status), each with its life: recorded → approved/rejected → revoked, who and when (inspectors and complaint handlers: what they recorded; a unit reporter: its own unit)' })
  @ApiOkResponse({ type: ReviewQueueDto })
  async reviewQueue(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Query() query: ReviewQueueQuery) {
    assertMayRead(actor, 'ReadReviewQueue');
    if (query.unitId !== undefined) assertOwnUnit(actor, query.unitId);
    const position = await this.fresh(PROPOSALS, query.minPosition);
    const unitId = actor.role === 'unit-reporter' ? actor.unitId : query.unitId;
    const recordedBy = actor.role === 'inspector' || actor.role === 'complaint-handler' ? actor.userId : undefined;
    const list = await proposals(this.db, {
      cycleId,
      status: query.status ?? 'pending',
      ...(unitId === undefined ? {} : { unitId }),
      ...(recordedBy === undefined ? {} : { recordedBy }),
    });
    return { position, proposals: list };
  }

  @Get('audit-trail/units/:unitId')
  @Action('ReadAuditTrail')
  @ApiOperation({ summary: "A unit's audit trail: every fact, who recorded it in which role, when, why, with what evidence, who approved it, what corrected or revoked it (500 per page)" })
  @ApiOkResponse({ type: AuditTrailDto })
  async unitAuditTrail(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @Query() query: AuditTrailQuery) {
    assertMayRead(actor, 'ReadAuditTrail');
    assertOwnUnit(actor, unitId);
    const position = await this.fresh(AUDIT_TRAIL, query.minPosition);
    const entries = await auditTrail(this.db, { cycleId, unitId, limit: PAGE, ...(query.after === undefined ? {} : { after: query.after }) });
    return { position, entries };
  }

  @Get('audit-trail/mine')
  @Action('ReadOwnRecords')
  @ApiOperation({ summary: 'What I recorded in the cycle: every fact under my account, in any role, with its links (what corrected, approved or revoked it), in log order (500 per page)' })
  @ApiOkResponse({ type: AuditTrailDto })
  async myAuditTrail(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Query() query: AuditTrailQuery) {
    assertMayRead(actor, 'ReadOwnRecords');
    const position = await this.fresh(AUDIT_TRAIL, query.minPosition);
    const entries = await auditTrail(this.db, { cycleId, actorId: actor.userId, limit: PAGE, ...(query.after === undefined ? {} : { after: query.after }) });
    return { position, entries };
  }

  @Get('audit-trail/indicators/:indicatorId')
  @Action('ReadIndicatorAuditTrail')
  @ApiOperation({ summary: "An indicator's audit trail across units (office, committee, auditor; 500 per page)" })
  @ApiOkResponse({ type: AuditTrailDto })
  async indicatorAuditTrail(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Param('indicatorId') indicatorId: string, @Query() query: AuditTrailQuery) {
    assertMayRead(actor, 'ReadIndicatorAuditTrail');
    const position = await this.fresh(AUDIT_TRAIL, query.minPosition);
    const entries = await auditTrail(this.db, { cycleId, indicatorId, limit: PAGE, ...(query.after === undefined ? {} : { after: query.after }) });
    return { position, entries };
  }
}
