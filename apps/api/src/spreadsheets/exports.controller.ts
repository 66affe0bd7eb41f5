import { Controller, Get, Param, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../auth/auth.decorators';
import { ParseIdPipe, ParseSchemeIdPipe } from '../evaluation/id.pipe';
import { ApiFileResponse, sendDownload } from './download.util';
import { DiffFormatQueryDto, FormatQueryDto, MomentFormatQueryDto, PublicationQueryDto, ReadModelFormatQueryDto, ReviewQueueFormatQueryDto } from './spreadsheet.dto';
import { SpreadsheetsService } from './spreadsheets.service';

const XLSX_OR_CSV = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** Exports as .xlsx (every cell text: decimals exact) or CSV, with Chinese column titles; and the printable 公示. */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('cycles/:cycleId/exports')
export class ExportsController {
  constructor(private readonly spreadsheets: SpreadsheetsService) {}

  @Get('ranking/:categoryId')
  @Action('ExportResults')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: 'The ranking / results table of a category as of a moment: rank, unit, parts, bonus, deductions, total, grade, flags, results use (pay factor…), with the log position' })
  async ranking(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('categoryId', ParseSchemeIdPipe) categoryId: string, @Query() query: MomentFormatQueryDto): Promise<StreamableFile> {
    const tables = await this.spreadsheets.ranking({ cycleId, categoryId, ...(query.at === undefined ? {} : { at: query.at }) });
    return sendDownload(res, await this.spreadsheets.tables(tables, query.format, `ranking-${cycleId}-${categoryId}`));
  }

  @Get('categories/:categoryId/units/:unitId/explanation')
  @Action('ExportResults')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: "A unit's explanation: the tree of its total, each number with the events behind it" })
  async explanation(
    @Res({ passthrough: true }) res: Response,
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('categoryId', ParseSchemeIdPipe) categoryId: string,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Query() query: MomentFormatQueryDto,
  ): Promise<StreamableFile> {
    const tables = await this.spreadsheets.explanation({ cycleId, categoryId, unitId, ...(query.at === undefined ? {} : { at: query.at }) });
    return sendDownload(res, await this.spreadsheets.tables(tables, query.format, `explanation-${cycleId}-${unitId}`));
  }

  @Get('diff/:categoryId')
  @Action('ExportResults')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: 'The difference between two moments: every number that moved (CSV: that sheet), and the facts in between' })
  async diff(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('categoryId', ParseSchemeIdPipe) categoryId: string, @Query() query: DiffFormatQueryDto): Promise<StreamableFile> {
    const tables = await this.spreadsheets.diff({ cycleId, categoryId, ...(query.from === undefined ? {} : { from: query.from }), ...(query.to === undefined ? {} : { to: query.to }) });
    return sendDownload(res, await this.spreadsheets.tables(tables, query.format, `diff-${cycleId}-${categoryId}`));
  }

  @Get('snapshot/:categoryId')
  @Action('ExportResults')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: 'The latest snapshot (or computed results) of a category, with the log position it was computed at' })
  async snapshot(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('categoryId', ParseSchemeIdPipe) categoryId: string, @Query() query: FormatQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.tables(await this.spreadsheets.snapshot({ cycleId, categoryId }), query.format, `snapshot-${cycleId}-${categoryId}`));
  }

  @Get('submission-status')
  @Action('ExportReadModels')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: 'Submission status per deadline, unit and indicator' })
  async submissionStatus(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ReadModelFormatQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.tables(await this.spreadsheets.submissionStatus(cycleId, query.minPosition), query.format, `submission-status-${cycleId}`));
  }

  @Get('review-queue')
  @Action('ExportReadModels')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: 'The review queue: proposals of a status (default pending) and their life' })
  async reviewQueue(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ReviewQueueFormatQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.tables(await this.spreadsheets.reviewQueue(cycleId, query.status ?? 'pending', query.minPosition), query.format, `review-queue-${cycleId}`));
  }

  @Get('audit-trail/units/:unitId')
  @Action('ExportReadModels')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: "A unit's audit trail: every fact, who, role, when, why, evidence, what corrected or revoked it" })
  async unitAuditTrail(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('unitId', ParseIdPipe) unitId: string, @Query() query: ReadModelFormatQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.tables(await this.spreadsheets.auditTrail({ cycleId, unitId, ...(query.minPosition === undefined ? {} : { minPosition: query.minPosition }) }), query.format, `audit-${cycleId}-${unitId}`));
  }

  @Get('audit-trail/indicators/:indicatorId')
  @Action('ExportReadModels')
  @ApiFileResponse(...XLSX_OR_CSV)
  @ApiOperation({ summary: "An indicator's audit trail across units" })
  async indicatorAuditTrail(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('indicatorId', ParseSchemeIdPipe) indicatorId: string, @Query() query: ReadModelFormatQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.tables(await this.spreadsheets.auditTrail({ cycleId, indicatorId, ...(query.minPosition === undefined ? {} : { minPosition: query.minPosition }) }), query.format, `audit-${cycleId}-${indicatorId}`));
  }

  @Get('publication/:categoryId')
  @Action('PrintPublication')
  @ApiFileResponse('application/pdf')
  @ApiOperation({ summary: '公示: the published results of a category as a printable PDF (Chinese font embedded): cycle, category, publication time, notice period, appeal route, the table, and the seal (log position and event hashes) to verify it by' })
  async publication(@Res({ passthrough: true }) res: Response, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('categoryId', ParseSchemeIdPipe) categoryId: string, @Query() query: PublicationQueryDto): Promise<StreamableFile> {
    return sendDownload(res, await this.spreadsheets.publication({ cycleId, categoryId, ...(query.issuer === undefined ? {} : { issuer: query.issuer }), ...(query.appealRoute === undefined ? {} : { appealRoute: query.appealRoute }) }));
  }
}
