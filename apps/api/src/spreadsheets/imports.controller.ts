import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors, type StreamableFile } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ActingUser } from '@kaoping/identity';
import { InvalidInput } from '@kaoping/evaluation';
import { SHEET_KINDS, type ImportReport, type SheetKind } from '@kaoping/spreadsheet';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { CommandRequest, type CommandRequestContext } from '../commands/command-request';
import { ParseIdPipe } from '../evaluation/id.pipe';
import { ApiFileResponse, sendDownload } from './download.util';
import { BatchAssignmentsDto, BatchUnitsDto, BatchValuesDto, ImportQueryDto, ImportReportDto, TemplateQueryDto } from './spreadsheet.dto';
import { SpreadsheetsService } from './spreadsheets.service';

/** An uploaded file as multer hands it over. */
type Upload = Readonly<{ originalname: string; buffer: Buffer; size: number }>;

const MAX_UPLOAD = 32 * 1024 * 1024;

const REPORT_EXAMPLE = {
  status: 'recorded',
  fileName: 'values-finance-bureau.xlsx',
  fileHash: '3f2a…',
  sheets: [{ sheet: '数据报送', kind: 'values', rows: 9600 }],
  rowCount: 9600,
  problems: [],
  planned: [{ sheet: '数据报送', row: 3, commandId: 'import:3f2a…:数据报送:3', type: 'SubmitData', streamId: 'unit-2026-xinchengpu', events: ['DataSubmitted'] }],
  recorded: 9600,
  alreadyRecorded: 0,
  unchanged: 0,
  position: '120431',
  importEventId: 'b0c1…',
};

const kindOf = (value: string): SheetKind => {
  const kind = SHEET_KINDS.find((k) => k === value);
  if (kind === undefined) throw new InvalidInput({ code: 'unknown-sheet-kind', message: `no template of kind ${value}`, details: [{ path: 'kind', rule: 'isIn', message: `kind is one of ${SHEET_KINDS.join(', ')}` }] });
  return kind;
};

/**
 * Spreadsheets in: templates from the published scheme, uploads checked row by row before
 * anything is recorded (all or nothing, idempotent by file content), and batch JSON of the same.
 */
@ApiTags('imports & templates')
@ApiBearerAuth()
@Controller('cycles/:cycleId')
export class ImportsController {
  constructor(private readonly spreadsheets: SpreadsheetsService) {}

  @Get('templates/:kind')
  @Action('DownloadTemplate')
  @ApiParam({ name: 'kind', enum: SHEET_KINDS })
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({ summary: 'A template from the published scheme: instructions sheet, Chinese headers (locked), drop-downs for units, indicators, periods, grades; a data provider’s holds only its own indicators and units' })
  async template(@Res({ passthrough: true }) res: Response, @CurrentActor() user: ActingUser, @Param('cycleId', ParseIdPipe) cycleId: string, @Param('kind') kind: string, @Query() query: TemplateQueryDto): Promise<StreamableFile> {
    const forWhom = { ...(query.providerId === undefined ? {} : { providerId: query.providerId }), ...(query.raterId === undefined ? {} : { raterId: query.raterId }) };
    return sendDownload(res, await this.spreadsheets.template({ user, cycleId, kind: kindOf(kind), ...(query.format === undefined ? {} : { format: query.format }), forWhom }));
  }

  @Post('imports')
  @HttpCode(200)
  @Action('ImportSpreadsheet')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: '.xlsx workbook (sheets 单位, 指标分配, 数据报送, 满意度调查, 评价打分, 察访核验) or a CSV file' } } } })
  @ApiOkResponse({ description: 'Recorded (or, with dryRun, what would be recorded). A file with any bad row: 400 import-refused listing every problem, nothing recorded', type: ImportReportDto, example: REPORT_EXAMPLE })
  @ApiOperation({ summary: 'Import a spreadsheet: every row checked against the scheme and the cycle’s state first; each row the same command the API sends, with an id from (file hash, sheet, row): the same file twice records nothing, a cut-off upload is finished by uploading it again' })
  importFile(@CurrentActor() user: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ImportQueryDto, @UploadedFile() file: Upload | undefined): Promise<ImportReport> {
    if (file === undefined) throw new InvalidInput({ code: 'file-required', message: '请上传文件 / upload the file as multipart field "file"', details: [{ path: 'file', rule: 'required', message: 'a multipart/form-data field named file' }] });
    return this.spreadsheets.importFile({
      user,
      cycleId,
      now: request.now,
      correlationId: request.correlationId,
      file: { name: Buffer.from(file.originalname, 'latin1').toString('utf8'), bytes: file.buffer, ...(query.kind === undefined ? {} : { kind: query.kind }) },
      dryRun: query.dryRun === 'true',
    });
  }

  @Post('batch/units')
  @HttpCode(200)
  @Action('ImportBatch')
  @ApiOkResponse({ type: ImportReportDto, example: { ...REPORT_EXAMPLE, sheets: [{ sheet: 'units', kind: 'units', rows: 48 }] } })
  @ApiOperation({ summary: 'Register many units at once: all checked first, all or nothing; the same body again records nothing' })
  units(@CurrentActor() user: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ImportQueryDto, @Body() body: BatchUnitsDto): Promise<ImportReport> {
    return this.spreadsheets.importItems({ user, cycleId, now: request.now, correlationId: request.correlationId, kind: 'units', items: body.units.map((item) => ({ ...item })), dryRun: query.dryRun === 'true' });
  }

  @Post('batch/assignments')
  @HttpCode(200)
  @Action('ImportBatch')
  @ApiOkResponse({ type: ImportReportDto, example: { ...REPORT_EXAMPLE, sheets: [{ sheet: 'assignments', kind: 'assignments', rows: 4800 }] } })
  @ApiOperation({ summary: 'Assign many indicators with targets and providers at once: all checked first, all or nothing; the same body again records nothing' })
  assignments(@CurrentActor() user: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ImportQueryDto, @Body() body: BatchAssignmentsDto): Promise<ImportReport> {
    return this.spreadsheets.importItems({ user, cycleId, now: request.now, correlationId: request.correlationId, kind: 'assignments', items: body.assignments.map((item) => ({ ...item })), dryRun: query.dryRun === 'true' });
  }

  @Post('batch/values')
  @HttpCode(200)
  @Action('ImportBatch')
  @ApiOkResponse({ type: ImportReportDto, example: { ...REPORT_EXAMPLE, sheets: [{ sheet: 'values', kind: 'values', rows: 9600 }] } })
  @ApiOperation({ summary: 'Submit many data values at once: all checked first, all or nothing; the same body again records nothing' })
  values(@CurrentActor() user: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('cycleId', ParseIdPipe) cycleId: string, @Query() query: ImportQueryDto, @Body() body: BatchValuesDto): Promise<ImportReport> {
    return this.spreadsheets.importItems({ user, cycleId, now: request.now, correlationId: request.correlationId, kind: 'values', items: body.values.map((item) => ({ ...item })), dryRun: query.dryRun === 'true' });
  }
}
