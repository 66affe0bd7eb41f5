import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditVerifyReport, CategoryAsOf, PublicationVerification, ScoreDiff, UnitAsOf } from '@kaoping/audit';
import type { ActingUser } from '@kaoping/identity';
import { CurrentActor } from '../auth/auth.decorators';
import { ReadRoute } from '../commands/command-route.decorator';
import { ParseIdPipe, ParseSchemeIdPipe } from '../evaluation/id.pipe';
import { CategoryAsOfDto, PublicationVerificationDto, ScoreDiffDto, UnitAsOfDto, VerifyReportDto } from '../reads/responses.dto';
import { AuditService } from './audit.service';
import { DiffQueryDto, MomentQueryDto, PublicationVerifyQueryDto, VerifyQueryDto } from './audit.dto';

/** Time travel for auditors: scores as of any moment and what changed between two, from the log itself. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('cycles/:cycleId/categories/:categoryId/scores')
  @ReadRoute('ReadScoresAsOf', "A category's totals, parts, ranks and grades as of a moment, scored from the log (the scheme then in force, deadlines judged then)")
  @ApiOkResponse({ type: CategoryAsOfDto, description: 'The category table at the moment, with the position and time it stands for' })
  category(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Query() query: MomentQueryDto,
  ): Promise<CategoryAsOf> {
    return this.audit.category({ cycleId, categoryId }, query.at);
  }

  @Get('cycles/:cycleId/categories/:categoryId/units/:unitId/score')
  @ReadRoute('ReadUnitScoreAsOf', "A unit's score as of a moment, explained node by node down to the events behind each number (who, role, when, why, evidence)")
  @ApiOkResponse({ type: UnitAsOfDto, description: "The unit's numbers, flags, linked explanation and the facts that had stopped counting" })
  unit(
    @CurrentActor() actor: ActingUser,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Query() query: MomentQueryDto,
  ): Promise<UnitAsOf> {
    return this.audit.unit(actor, { cycleId, categoryId, unitId }, query.at);
  }

  @Get('cycles/:cycleId/categories/:categoryId/diff')
  @ReadRoute('ReadScoreDiff', 'What changed between two moments (default: published → now): facts arrived, corrected or revoked, and the numbers that moved')
  @ApiOkResponse({ type: ScoreDiffDto, description: 'Both moments, the facts in between, and old → new per number' })
  diff(
    @CurrentActor() actor: ActingUser,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Query() query: DiffQueryDto,
  ): Promise<ScoreDiff> {
    return this.audit.diff(actor, { cycleId, categoryId }, query);
  }

  @Get('cycles/:cycleId/categories/:categoryId/publication/verify')
  @ReadRoute(
    'VerifyPublication',
    "Verify a category's 公示 against the log: the printed seal names the log's events with their hashes, the chains hold, a signed checkpoint covers it, and the table recomputes from the log at its position",
  )
  @ApiOkResponse({ type: PublicationVerificationDto, description: 'Each check passed, failed or not yet possible, and the lines that differ' })
  publication(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Query() query: PublicationVerifyQueryDto,
  ): Promise<PublicationVerification> {
    return this.audit.publication({ cycleId, categoryId }, query);
  }

  @Get('verify')
  @ReadRoute('VerifyLog', "Recompute the log's hash chains (all, or one cycle's streams): counts and the first broken link")
  @ApiOkResponse({ type: VerifyReportDto, description: 'ok, streams and events checked, broken links, the first one in global order' })
  verify(@Query() query: VerifyQueryDto): Promise<AuditVerifyReport> {
    return this.audit.verify(query.cycleId);
  }
}
