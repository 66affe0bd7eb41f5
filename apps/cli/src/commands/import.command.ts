import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ROLES, type Actor, type Role } from '@kaoping/evaluation';
import { SHEET_KINDS, importFile, type ImportReport, type SheetKind } from '@kaoping/spreadsheet';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { parseArgs } from '../options';

const USAGE = 'import --cycle <cycleId> --file <path.xlsx|.csv> --actor <userId> --role <role> [--provider <id>] [--unit <id>] [--kind units|assignments|values|surveys|ratings|findings] [--dry-run] [--json]';
const SPEC = { options: ['cycle', 'file', 'actor', 'role', 'provider', 'unit', 'kind'], switches: ['dry-run', 'json'] } as const;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isKind = (value: string): value is SheetKind => (SHEET_KINDS as readonly string[]).includes(value);

const describe = (report: ImportReport): readonly string[] => {
  const head = `${report.fileName} (sha256 ${report.fileHash}): ${report.rowCount} rows in ${report.sheets.map((s) => `${s.sheet} ${s.rows}`).join(', ') || 'no sheet'}`;
  if (report.status === 'refused') {
    return [head, `refused: ${report.problems.length} problem(s), nothing recorded / 共 ${report.problems.length} 处问题，未记录任何数据`, ...report.problems.map((p) => `  ${p.sheet} 第${p.row}行 ${p.column || '-'} [${p.rule}] “${p.value}”: ${p.message['zh-CN']} / ${p.message.en}`)];
  }
  if (report.status === 'dry-run') return [head, `dry run: ${report.planned.length} command(s) would be recorded, ${report.alreadyRecorded} already recorded, ${report.unchanged} unchanged`, ...report.planned.slice(0, 50).map((p) => `  ${p.sheet} 第${p.row}行 ${p.type} → ${p.streamId}`), ...(report.planned.length > 50 ? [`  … and ${report.planned.length - 50} more`] : [])];
  return [head, `recorded ${report.recorded} command(s); ${report.alreadyRecorded} row(s) were recorded before; ${report.unchanged} value(s) unchanged; last position ${report.position ?? '-'}; upload event ${report.importEventId ?? '(recorded before)'}`];
};

/** `import`: checks every row of a spreadsheet against the scheme and the cycle, then records it (or nothing), as the given actor. */
export const createImportCommand = (open: () => Promise<Pick<ConfiguredStore, 'store' | 'close'>>): Command => ({
  summary: 'Import an .xlsx or CSV file into a cycle: every row checked first; all or nothing; the same file twice records nothing',
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    const cycleId = parsed.options.get('cycle');
    const path = parsed.options.get('file');
    const userId = parsed.options.get('actor');
    const role = parsed.options.get('role') ?? '';
    const kind = parsed.options.get('kind');
    const errors = [...parsed.errors];
    if (cycleId === undefined) errors.push('--cycle is required');
    if (path === undefined) errors.push('--file is required');
    if (userId === undefined) errors.push('--actor is required (the user the rows are recorded for)');
    if (!isRole(role)) errors.push(`--role is one of ${ROLES.join(', ')}`);
    if (kind !== undefined && !isKind(kind)) errors.push(`--kind is one of ${SHEET_KINDS.join(', ')}`);
    if (errors.length > 0 || cycleId === undefined || path === undefined || userId === undefined || !isRole(role)) {
      for (const error of errors) io.err(error);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error: unknown) {
      io.err(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.invalidInput;
    }
    const provider = parsed.options.get('provider');
    const unit = parsed.options.get('unit');
    const actor: Actor = { userId, role, ...(provider === undefined ? {} : { providerId: provider }), ...(unit === undefined ? {} : { unitId: unit }) };
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async ({ store }) => {
        const report = await importFile(
          { store, cycleId, actor, now: new Date().toISOString() },
          { file: { name: basename(path), bytes, ...(kind !== undefined && isKind(kind) ? { kind } : {}) }, dryRun: parsed.switches.has('dry-run') },
        );
        if (parsed.switches.has('json')) io.out(JSON.stringify(report));
        else for (const line of describe(report)) (report.status === 'refused' ? io.err : io.out)(line);
        return report.status === 'refused' ? EXIT.invalidInput : EXIT.ok;
      },
    });
  },
});

export const importCommand: Command = createImportCommand(openConfiguredStore);
