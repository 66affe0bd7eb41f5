import { writeFileSync } from 'node:fs';
import { diffBetween, parseMoment, scoreAt, unitAsOf } from '@kaoping/audit';
import { DomainError } from '@kaoping/evaluation';
import { auditTrail, proposals, submissionStatus } from '@kaoping/projections';
import {
  SHEET_KINDS,
  auditTrailTable,
  diffTables,
  explanationTable,
  latestSnapshotTable,
  loadImportBase,
  noticePdf,
  publicationNotice,
  rankingTable,
  reviewQueueTable,
  submissionStatusTable,
  tableToCsv,
  tablesToXlsx,
  templateCsv,
  templatePlan,
  templateWorkbook,
  type SheetKind,
  type Table,
} from '@kaoping/spreadsheet';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { parseArgs, type ParsedArgs } from '../options';

const WHAT = ['ranking', 'explanation', 'diff', 'snapshot', 'submission-status', 'review-queue', 'audit-trail', 'publication', 'template'] as const;
type What = (typeof WHAT)[number];
const isWhat = (value: string): value is What => (WHAT as readonly string[]).includes(value);
const isKind = (value: string): value is SheetKind => (SHEET_KINDS as readonly string[]).includes(value);

const USAGE = `export <${WHAT.join('|')}> --cycle <cycleId> [--category <id>] [--unit <id>] [--indicator <id>] [--at <moment>] [--from <moment>] [--to <moment>] [--status <status>] [--kind <sheet kind>] [--provider <id>] [--issuer <office>] [--format xlsx|csv] --out <file>   (CSV without --out: to stdout)`;
const SPEC = { options: ['cycle', 'category', 'unit', 'indicator', 'at', 'from', 'to', 'status', 'kind', 'provider', 'issuer', 'format', 'out'], switches: [] } as const;

class MissingOption extends Error {}

const need = (parsed: ParsedArgs, name: string): string => {
  const value = parsed.options.get(name);
  if (value === undefined) throw new MissingOption(`--${name} is required for this export`);
  return value;
};

type Output = Readonly<{ tables: readonly Table[] } | { bytes: Buffer; csv?: string }>;

const produce = async (what: What, parsed: ParsedArgs, opened: ConfiguredStore): Promise<Output> => {
  const { store } = opened;
  const audit = { store, now: () => new Date() };
  const db = { db: opened.database, schema: opened.schema };
  const cycleId = need(parsed, 'cycle');
  switch (what) {
    case 'ranking': {
      const categoryId = need(parsed, 'category');
      const { moment, result } = await scoreAt(audit, { cycleId, categoryId, moment: parseMoment(parsed.options.get('at')) });
      return { tables: [rankingTable(result, { cycleId, moment: moment.at, position: moment.position })] };
    }
    case 'explanation':
      return { tables: [explanationTable(await unitAsOf(audit, { cycleId, categoryId: need(parsed, 'category'), unitId: need(parsed, 'unit'), moment: parseMoment(parsed.options.get('at')) }))] };
    case 'diff':
      return { tables: diffTables(await diffBetween(audit, { cycleId, categoryId: need(parsed, 'category'), from: parseMoment(parsed.options.get('from') ?? 'published', 'from'), to: parseMoment(parsed.options.get('to'), 'to') })) };
    case 'snapshot':
      return { tables: [await latestSnapshotTable(store, { cycleId, categoryId: need(parsed, 'category') })] };
    case 'submission-status':
      return { tables: [submissionStatusTable(await submissionStatus(db, { cycleId }), { cycleId, position: null })] };
    case 'review-queue': {
      const status = parsed.options.get('status') ?? 'pending';
      return { tables: [reviewQueueTable(await proposals(db, { cycleId, status }), { cycleId, position: null, status })] };
    }
    case 'audit-trail': {
      const unitId = parsed.options.get('unit');
      const indicatorId = parsed.options.get('indicator');
      if (unitId === undefined && indicatorId === undefined) throw new MissingOption('--unit or --indicator is required for an audit trail');
      const entries = await auditTrail(db, { cycleId, limit: 1_000_000, ...(unitId === undefined ? {} : { unitId }), ...(indicatorId === undefined ? {} : { indicatorId }) });
      return { tables: [auditTrailTable(entries, { cycleId, subject: unitId === undefined ? `指标 ${indicatorId ?? ''}` : `单位 ${unitId}`, position: null })] };
    }
    case 'publication': {
      const issuer = parsed.options.get('issuer');
      return { bytes: await noticePdf(await publicationNotice({ store, cycleId, categoryId: need(parsed, 'category'), ...(issuer === undefined ? {} : { issuer }) })) };
    }
    case 'template': {
      const kind = need(parsed, 'kind');
      if (!isKind(kind)) throw new MissingOption(`--kind is one of ${SHEET_KINDS.join(', ')}`);
      const provider = parsed.options.get('provider');
      const plan = templatePlan(await loadImportBase({ store, cycleId, proposalStreams: [] }), kind, provider === undefined ? {} : { providerId: provider });
      return { bytes: await templateWorkbook(plan), csv: templateCsv(plan) };
    }
    default: {
      const unhandled: never = what;
      return unhandled;
    }
  }
};

/** `export`: rankings, explanations, diffs, snapshots, status, queues, audit trails (.xlsx or CSV), the 公示 PDF, and templates. */
export const createExportCommand = (open: () => Promise<ConfiguredStore>): Command => ({
  summary: 'Export a ranking, explanation, diff, snapshot, submission status, review queue or audit trail (.xlsx/CSV), a 公示 PDF, or a template',
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    const [what, ...extra] = parsed.positionals;
    const format = parsed.options.get('format') ?? 'xlsx';
    const out = parsed.options.get('out');
    const errors = [...parsed.errors];
    if (what === undefined || !isWhat(what)) errors.push(`say what to export: ${WHAT.join(', ')}`);
    if (extra.length > 0) errors.push(`unexpected argument ${extra.join(' ')}`);
    if (format !== 'xlsx' && format !== 'csv') errors.push('--format is xlsx or csv');
    if (out === undefined && (format === 'xlsx' || what === 'publication')) errors.push('--out <file> is required for a binary file');
    if (errors.length > 0 || what === undefined || !isWhat(what)) {
      for (const error of errors) io.err(error);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async (opened) => {
        const started = Date.now();
        let output: Output;
        try {
          output = await produce(what, parsed, opened);
        } catch (error: unknown) {
          if (error instanceof MissingOption) {
            io.err(error.message);
            return EXIT.usage;
          }
          if (error instanceof DomainError) {
            // Nothing to export (no snapshot yet, an unknown unit): said as the API says it.
            io.err(`${error.code}: ${error.message}`);
            return EXIT.invalidInput;
          }
          throw error;
        }
        let body: Buffer | string;
        if ('tables' in output) body = format === 'csv' ? tableToCsv(output.tables[0] ?? { sheet: '', caption: [], columns: [], rows: [] }) : await tablesToXlsx(output.tables);
        else body = format === 'csv' && output.csv !== undefined ? output.csv : output.bytes;
        if (out === undefined) io.out(typeof body === 'string' ? body : body.toString('utf8'));
        else {
          writeFileSync(out, body);
          io.err(`wrote ${out} (${Buffer.byteLength(body)} bytes) in ${Date.now() - started} ms`);
        }
        return EXIT.ok;
      },
    });
  },
});

export const exportCommand: Command = createExportCommand(openConfiguredStore);
