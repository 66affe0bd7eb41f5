import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { NotFound, ratingWindowOf, type ResultLine } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import {
  DIRECTORY,
  LIVE_SCORES,
  PROPOSALS,
  ReadModelsService,
  SUBMISSION_STATUS,
  cycleById,
  listAppeals,
  listAssignments,
  listCycles,
  listProposals,
  listRaters,
  listRectifications,
  listResults,
  listSnapshots,
  listUnits,
  liveStandings,
  phaseBoard,
  schemeVersion,
  schemeVersions,
  unitById,
  type CycleSummary,
  type LiveStanding,
  type UnitView,
} from '@kaoping/projections';
import type { SchemeOutline } from '@kaoping/scoring';
import { CurrentActor } from '../auth/auth.decorators';
import { ReadRoute } from '../commands/command-route.decorator';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { ParseIdPipe } from '../evaluation/id.pipe';
import { FreshnessQuery } from '../queries/queries.dto';
import { QUERY_ROLES, assertMayRead, assertOwnUnit } from '../queries/query-access';
import {
  AppealListDto,
  AppealReadDto,
  AppealsQuery,
  AssignmentListDto,
  AssignmentsQuery,
  CategoryListDto,
  CycleListDto,
  CycleReadDto,
  CyclesQuery,
  PhaseBoardDto,
  PhaseBoardQuery,
  ProposalListDto,
  ProposalReadDto,
  ProposalsQuery,
  RaterListDto,
  RatersQuery,
  RectificationListDto,
  RectificationsQuery,
  ResultsListDto,
  ResultsQuery,
  SchemeQuery,
  SchemeReadDto,
  SchemeVersionListDto,
  SnapshotListDto,
  SnapshotsQuery,
  UnitDetailDto,
  UnitListDto,
  UnitsQuery,
  type OutlineNodeDto,
  type PageQuery,
} from './reads.dto';
import type { ResultLineDto } from './reads.dto';
import { UnitTreeDto, type UnitStandingDto, type UnitTreeNodeDto } from './responses.dto';
import { standingDto, standingsByUnit } from './standing';
import { minPositionOf } from '../queries/min-position.header';

const pagingOf = (query: PageQuery) => ({ limit: query.limit ?? 50, offset: query.offset ?? 0 });
const TREE_LIMIT = 100_000;

const notFound = (code: string, message: string): NotFound => new NotFound({ code, message });

/** What the unit reporter may see: only its own unit; everyone else: what they asked. */
const unitScope = (actor: ActingUser, asked: string | undefined): string | undefined => {
  if (asked !== undefined) assertOwnUnit(actor, asked);
  return actor.role === 'unit-reporter' ? (actor.unitId ?? '') : asked;
};

const isOutline = (value: unknown): value is SchemeOutline => typeof value === 'object' && value !== null && 'categories' in value && Array.isArray(value.categories);

/** A recorded result line as the API shows it (its lists copied). */
const resultLineDto = (line: ResultLine): ResultLineDto => ({
  unitId: line.unitId,
  total: line.total,
  grade: line.grade,
  rank: line.rank,
  ...(line.resultsUse === undefined ? {} : { resultsUse: { ...line.resultsUse, actions: [...line.resultsUse.actions] } }),
  ...(line.flags === undefined ? {} : { flags: [...line.flags] }),
  ...(line.carriedRectifications === undefined ? {} : { carriedRectifications: [...line.carriedRectifications] }),
});

/**
 * The console's reads: cycles, schemes, units, assignments, raters, proposals, appeals, orders,
 * results, snapshots and the phase board, each from a read model, each answer with the position
 * it reflects, scoped by role (query-access.ts).
 */
@ApiTags('read models')
@ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: '`minPosition` not reached within 5 s (read-model-behind): retry shortly' })
@Controller('cycles')
export class ReadsController {
  constructor(private readonly readModels: ReadModelsService) {}

  private get db() {
    return { db: this.readModels.db, schema: this.readModels.schema };
  }

  private fresh(projection: string, minPosition: string | undefined): Promise<string | null> {
    return this.readModels.freshAt(projection, minPositionOf(minPosition));
  }

  private async cycle(cycleId: string): Promise<CycleSummary> {
    const cycle = await cycleById(this.db, cycleId);
    if (cycle === null) throw notFound('cycle-not-found', `no cycle ${cycleId}`);
    return cycle;
  }

  @Get()
  @ReadRoute('ListCycles', 'Every cycle (newest year first) with its phases, current phase, dates and deadlines')
  @ApiOkResponse({ type: CycleListDto })
  async listCycles(@CurrentActor() actor: ActingUser, @Query() query: CyclesQuery): Promise<CycleListDto> {
    assertMayRead(actor, 'ListCycles');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const page = await listCycles(this.db, { ...pagingOf(query), ...(query.year === undefined ? {} : { year: query.year }) });
    return { position, ...page, items: [...page.items].map(cycleDto) };
  }

  @Get(':cycleId')
  @ReadRoute('ListCycles', 'One cycle: phases (status, dates), the phases open now, deadlines, closed periods, scheme version')
  @ApiOkResponse({ type: CycleReadDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async getCycle(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: FreshnessQuery): Promise<CycleReadDto> {
    assertMayRead(actor, 'ListCycles');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const [cycle, scheme] = await Promise.all([this.cycle(cycleId), schemeVersion(this.db, { cycleId })]);
    const periods = scheme !== null && isOutline(scheme.outline) ? scheme.outline.periods : [];
    const ratingWindows = periods.map(({ id }) => ({
      period: id,
      window: ratingWindowOf({ period: id, openPhases: cycle.openPhases, periodClosed: cycle.closedPeriods.includes(id) }),
    }));
    return { position, cycle: { ...cycleDto(cycle), ratingWindows } };
  }

  @Get(':cycleId/scheme')
  @ReadRoute('ReadScheme', 'The scheme in force (or a version): its document and the parsed tree of categories and indicators with names, methods, max points, periods')
  @ApiOkResponse({ type: SchemeReadDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async getScheme(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: SchemeQuery): Promise<SchemeReadDto> {
    assertMayRead(actor, 'ReadScheme');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const scheme = await schemeVersion(this.db, { cycleId, ...(query.version === undefined ? {} : { version: query.version }) });
    if (scheme === null) throw notFound('scheme-not-found', query.version === undefined ? `cycle ${cycleId} has no published scheme` : `cycle ${cycleId} has no scheme version ${query.version}`);
    return { position, scheme: { ...scheme, changes: [...scheme.changes], document: toObject(scheme.document), outline: isOutline(scheme.outline) ? outlineDto(scheme.outline) : null } };
  }

  @Get(':cycleId/scheme/versions')
  @ReadRoute('ReadScheme', 'Every scheme version of the cycle: who published or amended it, when, why, what changed')
  @ApiOkResponse({ type: SchemeVersionListDto })
  async listSchemeVersions(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: FreshnessQuery): Promise<SchemeVersionListDto> {
    assertMayRead(actor, 'ReadScheme');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const versions = await schemeVersions(this.db, cycleId);
    return { position, versions: versions.map((v) => ({ ...v, changes: [...v.changes] })) };
  }

  @Get(':cycleId/categories')
  @ReadRoute('ReadScheme', 'The categories of the scheme in force, with their totals, grades and how many units each holds')
  @ApiOkResponse({ type: CategoryListDto })
  async listCategories(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: FreshnessQuery): Promise<CategoryListDto> {
    assertMayRead(actor, 'ReadScheme');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const scheme = await schemeVersion(this.db, { cycleId });
    if (scheme === null || !isOutline(scheme.outline)) return { position, schemeVersion: scheme?.version ?? null, categories: [] };
    const categories = await Promise.all(
      scheme.outline.categories.map(async (category) => {
        const units = await listUnits(this.db, { cycleId, categoryId: category.id, status: 'registered', limit: 1, offset: 0 });
        return { id: category.id, label: category.label, total: category.total, grades: [...category.grades], units: units.total };
      }),
    );
    return { position, schemeVersion: scheme.version, categories };
  }

  @Get(':cycleId/units')
  @ReadRoute('ListUnits', 'Units of the cycle by category, parent, level, status or search text, a page at a time (a unit reporter: its own unit)')
  @ApiOkResponse({ type: UnitListDto })
  async listUnits(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: UnitsQuery): Promise<UnitListDto> {
    assertMayRead(actor, 'ListUnits');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const page = await listUnits(this.db, {
      cycleId,
      ...pagingOf(query),
      ...(actor.role === 'unit-reporter' ? { unitIds: [actor.unitId ?? ''] } : {}),
      ...definedOf({ categoryId: query.categoryId, parentUnitId: query.parentUnitId, level: query.level, status: query.status, search: query.search }),
    });
    return { position, ...page, items: [...page.items] };
  }

  @Get(':cycleId/units-tree')
  @ReadRoute(
    'ListUnits',
    'The unit tree (county → departments/townships → sections → persons, projects), every unit once, each with its live score, rank and provisional grade where it has one (a unit reporter: its own unit; a leader: scores of published categories only; roles that may not read live scores: no scores)',
  )
  @ApiOkResponse({ type: UnitTreeDto })
  async unitTree(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: FreshnessQuery): Promise<UnitTreeDto> {
    assertMayRead(actor, 'ListUnits');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const scoresPosition = await this.fresh(LIVE_SCORES, query.minPosition);
    const page = await listUnits(this.db, { cycleId, limit: TREE_LIMIT, offset: 0, ...(actor.role === 'unit-reporter' ? { unitIds: [actor.unitId ?? ''] } : {}) });
    const standings = mayReadScores(actor) ? await liveStandings(this.db, { cycleId }) : [];
    // The same scope as the live-scores read: leaders see a category's scores once it is published.
    const shown = standings.filter((standing) => actor.role !== 'leader' || standing.published);
    return { position, scoresPosition, roots: treeOf(page.items, shown) };
  }

  @Get(':cycleId/units/:unitId')
  @ReadRoute('ListUnits', 'One unit: where it sits, its assignments with providers and targets, and the units under it')
  @ApiOkResponse({ type: UnitDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async getUnit(
    @CurrentActor() actor: ActingUser,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Query() query: FreshnessQuery,
  ): Promise<UnitDetailDto> {
    assertMayRead(actor, 'ListUnits');
    assertOwnUnit(actor, unitId);
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const unit = await unitById(this.db, { cycleId, unitId });
    if (unit === null) throw notFound('unit-not-found', `no unit ${unitId} in cycle ${cycleId}`);
    const assignments = await listAssignments(this.db, { cycleId, unitId, limit: TREE_LIMIT, offset: 0 });
    const children = await listUnits(this.db, { cycleId, parentUnitId: unitId, limit: TREE_LIMIT, offset: 0 });
    return { position, unit, assignments: assignments.items.map((a) => ({ ...a, targets: { ...a.targets } })), children: [...children.items] };
  }

  @Get(':cycleId/assignments')
  @ReadRoute('ListAssignments', 'Who reports what: indicator assignments with providers and targets (a unit reporter: its own unit; a data provider: its own indicators)')
  @ApiOkResponse({ type: AssignmentListDto })
  async listAssignments(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: AssignmentsQuery): Promise<AssignmentListDto> {
    assertMayRead(actor, 'ListAssignments');
    const unitId = unitScope(actor, query.unitId);
    const providerId = actor.role === 'data-provider' ? (actor.providerId ?? '') : query.providerId;
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const page = await listAssignments(this.db, { cycleId, ...pagingOf(query), ...definedOf({ unitId, providerId, indicatorId: query.indicatorId }) });
    return { position, ...page, items: page.items.map((a) => ({ ...a, targets: { ...a.targets } })) };
  }

  @Get(':cycleId/raters')
  @ReadRoute('ListRaters', 'Raters and the units (and indicators) they rate (a leader: its own assignments)')
  @ApiOkResponse({ type: RaterListDto })
  async listRaters(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: RatersQuery): Promise<RaterListDto> {
    assertMayRead(actor, 'ListRaters');
    const raterId = actor.role === 'leader' ? actor.userId : query.raterId;
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const raters = await listRaters(this.db, { cycleId, ...definedOf({ raterId }) });
    return { position, raters: raters.map((r) => ({ ...r, units: r.units === 'all' ? 'all' : [...r.units], indicators: r.indicators === null ? null : [...r.indicators] })) };
  }

  @Get(':cycleId/proposals')
  @ReadRoute('ListProposals', 'Deductions, bonuses and vetoes by status, kind, unit or recorder, newest first, each with its life (inspectors and complaint handlers: what they recorded; a unit reporter: its own unit)')
  @ApiOkResponse({ type: ProposalListDto })
  async listProposals(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ProposalsQuery): Promise<ProposalListDto> {
    assertMayRead(actor, 'ListProposals');
    const unitId = unitScope(actor, query.unitId);
    const recordedBy = actor.role === 'inspector' || actor.role === 'complaint-handler' ? actor.userId : query.recordedBy;
    const position = await this.fresh(PROPOSALS, query.minPosition);
    const page = await listProposals(this.db, { cycleId, ...pagingOf(query), ...definedOf({ unitId, recordedBy, status: query.status, kind: query.kind }) });
    return { position, ...page, items: page.items.map(proposalDto) };
  }

  @Get(':cycleId/proposals/:proposalId')
  @ReadRoute('ListProposals', 'One proposal with its life: recorded → decided → revoked, who, role, when, why, evidence')
  @ApiOkResponse({ type: ProposalReadDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async getProposal(
    @CurrentActor() actor: ActingUser,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Query() query: FreshnessQuery,
  ): Promise<ProposalReadDto> {
    assertMayRead(actor, 'ListProposals');
    const position = await this.fresh(PROPOSALS, query.minPosition);
    const unitId = unitScope(actor, undefined);
    const recordedBy = actor.role === 'inspector' || actor.role === 'complaint-handler' ? actor.userId : undefined;
    const [proposal] = (await listProposals(this.db, { cycleId, proposalId, limit: 1, offset: 0, ...definedOf({ unitId, recordedBy }) })).items;
    if (proposal === undefined) throw notFound('proposal-not-found', `no proposal ${proposalId} in cycle ${cycleId} that you may see`);
    return { position, proposal: proposalDto(proposal) };
  }

  @Get(':cycleId/appeals')
  @ReadRoute('ListAppeals', 'Appeals by status and unit: against what, grounds, who filed, the decision (a unit reporter: its own unit)')
  @ApiOkResponse({ type: AppealListDto })
  async listAppeals(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: AppealsQuery): Promise<AppealListDto> {
    assertMayRead(actor, 'ListAppeals');
    const unitId = unitScope(actor, query.unitId);
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const page = await listAppeals(this.db, { cycleId, ...pagingOf(query), ...definedOf({ unitId, status: query.status }) });
    return { position, ...page, items: page.items.map(appealDto) };
  }

  @Get(':cycleId/appeals/:appealId')
  @ReadRoute('ListAppeals', 'One appeal')
  @ApiOkResponse({ type: AppealReadDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async getAppeal(
    @CurrentActor() actor: ActingUser,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('appealId', ParseIdPipe) appealId: string,
    @Query() query: FreshnessQuery,
  ): Promise<AppealReadDto> {
    assertMayRead(actor, 'ListAppeals');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const [appeal] = (await listAppeals(this.db, { cycleId, appealId, limit: 1, offset: 0, ...definedOf({ unitId: unitScope(actor, undefined) }) })).items;
    if (appeal === undefined) throw notFound('appeal-not-found', `no appeal ${appealId} in cycle ${cycleId} that you may see`);
    return { position, appeal: appealDto(appeal) };
  }

  @Get(':cycleId/rectification-orders')
  @ReadRoute('ListRectifications', 'Rectification orders by status, unit or overdue: reason, due date, plan, report, acceptance (a unit reporter: its own unit)')
  @ApiOkResponse({ type: RectificationListDto })
  async listRectifications(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: RectificationsQuery): Promise<RectificationListDto> {
    assertMayRead(actor, 'ListRectifications');
    const unitId = unitScope(actor, query.unitId);
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const page = await listRectifications(this.db, {
      cycleId,
      ...pagingOf(query),
      ...definedOf({ unitId, status: query.status }),
      ...(query.overdue === undefined ? {} : { overdue: query.overdue === 'true' }),
    });
    return {
      position,
      ...page,
      items: page.items.map((o) => ({
        ...o,
        plan: o.plan === null ? null : { ...o.plan, documents: [...o.plan.documents] },
        report: o.report === null ? null : { ...o.report, documents: [...o.report.documents] },
      })),
    };
  }

  @Get(':cycleId/results')
  @ReadRoute('ListResults', 'Results per category: provisional (computed), published on notice, finalised, with each unit\'s total, rank and grade (a unit reporter: its own line; a leader: published results only)')
  @ApiOkResponse({ type: ResultsListDto })
  async listResults(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ResultsQuery): Promise<ResultsListDto> {
    assertMayRead(actor, 'ListResults');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const unitId = unitScope(actor, undefined);
    const results = await listResults(this.db, { cycleId, ...definedOf({ unitId, categoryId: query.categoryId }) });
    const lines = <T extends Readonly<{ units: readonly ResultLine[] }>>(value: T) => ({ ...value, units: value.units.map(resultLineDto) });
    return {
      position,
      results: results
        .filter((r) => actor.role !== 'leader' || r.published !== null)
        .map((r) => ({
          ...r,
          computed: actor.role === 'leader' || r.computed === null ? null : lines(r.computed),
          published: r.published === null ? null : lines(r.published),
        })),
    };
  }

  @Get(':cycleId/snapshots')
  @ReadRoute('ListSnapshots', "Snapshots (mid-year, year-end): every unit's total, rank and grade frozen with the log position they were computed at (a unit reporter: its own line)")
  @ApiOkResponse({ type: SnapshotListDto })
  async listSnapshots(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: SnapshotsQuery): Promise<SnapshotListDto> {
    assertMayRead(actor, 'ListSnapshots');
    const position = await this.fresh(DIRECTORY, query.minPosition);
    const snapshots = await listSnapshots(this.db, { cycleId, ...definedOf({ unitId: unitScope(actor, undefined), categoryId: query.categoryId, phase: query.phase }) });
    return { position, snapshots: snapshots.map((s) => ({ ...s, units: s.units.map(resultLineDto) })) };
  }

  @Get(':cycleId/phase-board')
  @ReadRoute('ReadPhaseBoard', 'The phase board: the cycle (phases, dates) and per deadline how many units submitted, pending, overdue, missing (a unit reporter: its own unit; a data provider: its own indicators)')
  @ApiOkResponse({ type: PhaseBoardDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async phaseBoard(@CurrentActor() actor: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: PhaseBoardQuery): Promise<PhaseBoardDto> {
    assertMayRead(actor, 'ReadPhaseBoard');
    await this.fresh(DIRECTORY, query.minPosition);
    const position = await this.fresh(SUBMISSION_STATUS, query.minPosition);
    const cycle = await this.cycle(cycleId);
    const unitId = unitScope(actor, undefined);
    const deadlines = await phaseBoard(this.db, {
      cycleId,
      ...definedOf({ phase: query.phase, providerId: actor.role === 'data-provider' ? (actor.providerId ?? '') : undefined }),
      ...(unitId === undefined ? {} : { unitIds: [unitId] }),
    });
    return { position, cycle: cycleDto(cycle), deadlines: [...deadlines] };
  }
}

/** The defined entries only (exactOptionalPropertyTypes). */
const definedOf = <T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } => {
  const out: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
};

const toObject = (value: unknown): object => (typeof value === 'object' && value !== null ? value : {});

const cycleDto = (cycle: CycleSummary) => ({
  cycleId: cycle.cycleId,
  year: cycle.year,
  name: cycle.name,
  status: cycle.status,
  schemeVersion: cycle.schemeVersion,
  openPhases: [...cycle.openPhases],
  phases: [...cycle.phases],
  deadlines: [...cycle.deadlines],
  closedPeriods: [...cycle.closedPeriods],
  createdAt: cycle.createdAt,
});

type OutlineNodeLike = SchemeOutline['categories'][number]['parts'][number];
// An outline stored before levels, rater roles and project grades were part of it reads as null for them.
const nodeDto = (node: OutlineNodeLike): OutlineNodeDto => ({
  ...node,
  levels: node.levels === undefined || node.levels === null ? null : [...node.levels],
  raterRoles: node.raterRoles === undefined || node.raterRoles === null ? null : [...node.raterRoles],
  fromProjects: (node.fromProjects as string | null | undefined) ?? null,
  children: node.children.map(nodeDto),
});
const outlineDto = (outline: SchemeOutline) => ({
  ...outline,
  periods: [...outline.periods],
  sources: [...outline.sources],
  // Outlines stored before schemes named their rater roles have none.
  raterRoles: [...((outline.raterRoles as SchemeOutline['raterRoles'] | undefined) ?? [])],
  categories: outline.categories.map((c) => ({
    ...c,
    parts: c.parts.map(nodeDto),
    grades: [...c.grades],
    bonusRules: [...c.bonusRules],
    deductionRules: [...c.deductionRules],
    vetoes: [...c.vetoes],
  })),
});

const evidenceOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : []);

const proposalDto = (p: Awaited<ReturnType<typeof listProposals>>['items'][number]) => ({ ...p, terms: toObject(p.terms), evidence: evidenceOf(p.evidence) });

const appealDto = (a: Awaited<ReturnType<typeof listAppeals>>['items'][number]) => ({
  ...a,
  against: toObject(a.against),
  filed: { ...a.filed, evidence: evidenceOf(a.filed.evidence) },
  decided:
    a.decided === null
      ? null
      : {
          ...a.decided,
          revokes: Array.isArray(a.decided.revokes) ? a.decided.revokes.filter((r): r is object => typeof r === 'object' && r !== null) : [],
          evidence: evidenceOf(a.decided.evidence),
        },
});

const mayReadScores = (actor: ActingUser): boolean => (QUERY_ROLES.ReadLiveScores as readonly string[]).includes(actor.role);

/**
 * Nests units under their parents, each with its standing in its own category; a unit whose parent
 * is not in the list is a root.
 */
const treeOf = (units: readonly UnitView[], standings: readonly LiveStanding[]): UnitTreeNodeDto[] => {
  const standingOf = standingsByUnit(standings);
  const score = (unit: UnitView): UnitStandingDto | null => {
    const standing = standingOf(unit);
    return standing === undefined ? null : standingDto(standing);
  };
  const nodes = new Map<string, UnitTreeNodeDto>(units.map((u) => [u.unitId, { ...u, score: score(u), children: [] }]));
  const roots: UnitTreeNodeDto[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentUnitId === null ? undefined : nodes.get(node.parentUnitId);
    if (parent === undefined || parent === node) roots.push(node);
    else parent.children.push(node);
  }
  return roots;
};
