import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import {
  AUDIT_TRAIL,
  LIVE_SCORES,
  PROPOSALS,
  ReadModelsService,
  SUBMISSION_STATUS,
  auditTrail,
  explainedScore,
  liveCategory,
  liveScoresPage,
  proposals,
  submissionStatus,
} from '@kaoping/projections';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { assertLeaderMaySeeScores, assertMayRead, assertOwnUnit } from './query-access';
import { AuditTrailDto, ExplainedScoreDto, LiveScoresDto, ReviewQueueDto, SubmissionStatusDto } from '../reads/responses.dto';
import { AuditTrailQuery, FreshnessQuery, LiveScoresQuery, ReviewQueueQuery, SubmissionStatusQuery } from './queries.dto';

const PAGE = 500;

/** The read side: live scores, explanations, submission status, the review queue and the audit trail. Each answer says the position it reflects. */
@ApiTags('read models')
@ApiBearerAuth()
@ApiServiceUnavailableResponse({ description: '`minPosition` not reached within 5 s: retry shortly' })
@Controller('cycles/:cycleId')
export class QueriesController {
  constructor(private readonly readModels: ReadModelsService) {}

  /** The position the read model reflects; a `minPosition` it does not reach in time is a 503 'read-model-behind'. */
  private fresh(projection: string, minPosition: string | undefined): Promise<string | null> {
    return this.readModels.freshAt(projection, minPosition === undefined ? undefined : BigInt(minPosition));
  }

  private get db() {
    return { db: this.readModels.db, schema: this.readModels.schema };
  }

  @Get('live-scores/:categoryId')
  @Action('ReadLiveScores')
  @ApiOperation({ summary: 'Live scores of a category, ranked, with provisional grades, a page at a time with `limit` (office, committee, auditor; a unit reporter its own line; leaders after publication)' })
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
    const position = await this.fresh(LIVE_SCORES, query.minPosition);
    await this.fresh(AUDIT_TRAIL, query.minPosition);
    const explained = await explainedScore(this.db, { cycleId, unitId });
    if (explained === null) throw new NotFound({ code: 'unit-not-scored', message: `no live score for unit ${unitId} of cycle ${cycleId}` });
    if (actor.role === 'leader') assertLeaderMaySeeScores(actor, (await liveCategory(this.db, { cycleId, categoryId: explained.categoryId }))?.published != null);
    return { position, ...explained };
  }

  @Get('submission-status')
  @Action('ReadSubmissionStatus')
  @ApiOperation({ summary: 'Where each unit stands per phase and deadline: submitted, pending, overdue, missing (a unit reporter its own unit; a data provider its own indicators)' })
  @ApiOkResponse({ type: SubmissionStatusDto })
  async submissionStatus(@CurrentActor() actor: ActingUser, @Param('cycleId') cycleId: string, @Query() query: SubmissionStatusQuery) {
    assertMayRead(actor, 'ReadSubmissionStatus');
    if (query.unitId !== undefined) assertOwnUnit(actor, query.unitId);
    const position = await this.fresh(SUBMISSION_STATUS, query.minPosition);
    const unitId = actor.role === 'unit-reporter' ? actor.unitId : query.unitId;
    const providerId = actor.role === 'data-provider' ? (actor.providerId ?? '') : undefined;
    const items = await submissionStatus(this.db, {
      cycleId,
      ...(unitId === undefined ? {} : { unitId }),
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.phase === undefined ? {} : { phase: query.phase }),
      ...(query.deadlineId === undefined ? {} : { deadlineId: query.deadlineId }),
      ...(providerId === undefined ? {} : { providerId }),
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
