import { Inject, Injectable } from '@nestjs/common';
import { diffBetween, parseMoment, scoreAt, unitAsOf, type AuditContext } from '@kaoping/audit';
import type { EventStore } from '@kaoping/eventstore';
import { InvalidInput, NotFound, type Actor } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import { AUDIT_TRAIL, PROPOSALS, ReadModelsService, SUBMISSION_STATUS, auditTrail, proposals, submissionStatus } from '@kaoping/projections';
import { EVENT_STORE } from '@kaoping/runtime';
import {
  auditTrailTable,
  diffTables,
  explanationTable,
  importFile,
  importItems,
  loadImportBase,
  noticePdf,
  publicationNotice,
  rankingTable,
  latestSnapshotTable,
  reviewQueueTable,
  submissionStatusTable,
  tableToCsv,
  tablesToXlsx,
  templateCsv,
  templatePlan,
  templateWorkbook,
  type ImportReport,
  type SheetKind,
  type Table,
  type TemplateFor,
  type UploadedFile,
} from '@kaoping/spreadsheet';
import { minPositionOf } from '../queries/min-position.header';

/** A file to send: its bytes, media type and name. */
export type Download = Readonly<{ body: Buffer; contentType: string; fileName: string }>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const actorOf = (user: ActingUser): Actor => ({
  userId: user.userId,
  role: user.role,
  ...(user.unitId === undefined ? {} : { unitId: user.unitId }),
  ...(user.providerId === undefined ? {} : { providerId: user.providerId }),
});

const positionOf = (text: string | undefined): bigint | undefined => minPositionOf(text);

/** An import that found problems: nothing was recorded; every problem named (sheet, row, column, rule, value; in zh-CN and en). */
export const refusal = (report: ImportReport): InvalidInput =>
  new InvalidInput({
    code: 'import-refused',
    message: `${report.problems.length} problem(s) found: nothing was recorded`,
    // Each problem in both languages as the import wrote it; the API answers in the reader's.
    details: report.problems.map((p) => ({
      path: `${p.sheet}!${p.column === '' ? '' : `${p.column}:`}${p.row}`,
      rule: p.rule,
      message: `${p.message.en} (value: "${p.value}")`,
      texts: { 'zh-CN': `${p.message['zh-CN']}（值：“${p.value}”）`, en: `${p.message.en} (value: "${p.value}")` },
    })),
  });

/** Spreadsheets over the API: templates, imports (file and batch), exports, the 公示. */
@Injectable()
export class SpreadsheetsService {
  private readonly audit: AuditContext;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelsService,
  ) {
    this.audit = { store, now: () => new Date() };
  }

  private get db() {
    return { db: this.readModels.db, schema: this.readModels.schema };
  }

  async tables(tables: readonly Table[], format: 'xlsx' | 'csv' | undefined, name: string): Promise<Download> {
    if (format === 'csv') {
      const [first] = tables;
      if (first === undefined) throw new NotFound({ code: 'nothing-to-export', message: 'nothing to export' });
      return { body: Buffer.from(tableToCsv(first), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
    }
    return { body: await tablesToXlsx(tables), contentType: XLSX, fileName: `${name}.xlsx` };
  }

  async template(input: Readonly<{ user: ActingUser; cycleId: string; kind: SheetKind; format?: 'xlsx' | 'csv'; forWhom: TemplateFor }>): Promise<Download> {
    const base = await loadImportBase({ store: this.store, cycleId: input.cycleId, proposalStreams: [] });
    if (base.cycle.status !== 'active') throw new NotFound({ code: 'scheme-not-published', message: `cycle ${input.cycleId} has no published scheme`, details: [{ path: 'cycleId', rule: 'scheme-not-published', message: 'publish the scheme first' }] });
    // A data provider gets its own indicators, a rater its own units, whatever it asks.
    const forWhom: TemplateFor = {
      ...input.forWhom,
      ...(input.user.role === 'data-provider' ? { providerId: input.user.providerId ?? '' } : {}),
      ...(input.user.role === 'leader' || input.user.role === 'committee' ? { raterId: input.user.userId } : {}),
    };
    const plan = templatePlan(base, input.kind, forWhom);
    const name = `template-${input.cycleId}-${input.kind}${forWhom.providerId === undefined ? '' : `-${forWhom.providerId}`}`;
    if (input.format === 'csv') return { body: Buffer.from(templateCsv(plan), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
    return { body: await templateWorkbook(plan), contentType: XLSX, fileName: `${name}.xlsx` };
  }

  async importFile(input: Readonly<{ user: ActingUser; cycleId: string; now: string; correlationId: string; file: UploadedFile; dryRun: boolean }>): Promise<ImportReport> {
    const report = await importFile({ store: this.store, cycleId: input.cycleId, actor: actorOf(input.user), now: input.now, correlationId: input.correlationId }, { file: input.file, dryRun: input.dryRun });
    if (report.status === 'refused') throw refusal(report);
    return report;
  }

  async importItems(input: Readonly<{ user: ActingUser; cycleId: string; now: string; correlationId: string; kind: SheetKind; items: readonly Readonly<Record<string, unknown>>[]; dryRun: boolean }>): Promise<ImportReport> {
    const report = await importItems({ store: this.store, cycleId: input.cycleId, actor: actorOf(input.user), now: input.now, correlationId: input.correlationId }, { kind: input.kind, items: input.items, dryRun: input.dryRun });
    if (report.status === 'refused') throw refusal(report);
    return report;
  }

  async ranking(input: Readonly<{ cycleId: string; categoryId: string; at?: string }>): Promise<readonly Table[]> {
    const { moment, result } = await scoreAt(this.audit, { cycleId: input.cycleId, categoryId: input.categoryId, moment: parseMoment(input.at) });
    return [rankingTable(result, { cycleId: input.cycleId, moment: moment.at, position: moment.position })];
  }

  async explanation(input: Readonly<{ cycleId: string; categoryId: string; unitId: string; at?: string }>): Promise<readonly Table[]> {
    return [explanationTable(await unitAsOf(this.audit, { cycleId: input.cycleId, categoryId: input.categoryId, unitId: input.unitId, moment: parseMoment(input.at) }))];
  }

  async diff(input: Readonly<{ cycleId: string; categoryId: string; from?: string; to?: string }>): Promise<readonly Table[]> {
    return diffTables(await diffBetween(this.audit, { cycleId: input.cycleId, categoryId: input.categoryId, from: parseMoment(input.from ?? 'published', 'from'), to: parseMoment(input.to, 'to') }));
  }

  async snapshot(input: Readonly<{ cycleId: string; categoryId: string }>): Promise<readonly Table[]> {
    return [await latestSnapshotTable(this.store, input)];
  }

  async submissionStatus(cycleId: string, minPosition?: string): Promise<readonly Table[]> {
    const position = await this.readModels.freshAt(SUBMISSION_STATUS, positionOf(minPosition));
    return [submissionStatusTable(await submissionStatus(this.db, { cycleId }), { cycleId, position })];
  }

  async reviewQueue(cycleId: string, status: string, minPosition?: string): Promise<readonly Table[]> {
    const position = await this.readModels.freshAt(PROPOSALS, positionOf(minPosition));
    return [reviewQueueTable(await proposals(this.db, { cycleId, status }), { cycleId, position, status })];
  }

  async auditTrail(input: Readonly<{ cycleId: string; unitId?: string; indicatorId?: string; minPosition?: string }>): Promise<readonly Table[]> {
    const position = await this.readModels.freshAt(AUDIT_TRAIL, positionOf(input.minPosition));
    const entries = await auditTrail(this.db, { cycleId: input.cycleId, limit: 100_000, ...(input.unitId === undefined ? {} : { unitId: input.unitId }), ...(input.indicatorId === undefined ? {} : { indicatorId: input.indicatorId }) });
    const subject = input.unitId === undefined ? `指标 ${input.indicatorId ?? ''}` : `单位 ${input.unitId}`;
    return [auditTrailTable(entries, { cycleId: input.cycleId, subject, position })];
  }

  async publication(input: Readonly<{ cycleId: string; categoryId: string; issuer?: string; appealRoute?: string }>): Promise<Download> {
    const notice = await publicationNotice({ store: this.store, ...input });
    return { body: await noticePdf(notice), contentType: 'application/pdf', fileName: `gongshi-${input.cycleId}-${input.categoryId}.pdf` };
  }
}
