import { verifyLog, type AuditVerifyReport } from '@kaoping/audit';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { parseArgs } from '../options';

const USAGE = 'verify [--cycle <cycleId>] [--json]   (the store the environment selects: EVENT_STORE, DATA_DIR, DATABASE_URL…)';
const SPEC = { options: ['cycle'], switches: ['json'] } as const;

/** Exit code when a broken link is found: the log was altered. */
export const EXIT_BROKEN = 3;

/** A store to verify and how to let go of it. */
export type OpenedStore = Pick<ConfiguredStore, 'store' | 'close'>;

const describe = (report: AuditVerifyReport): readonly string[] => {
  const scope = report.scope.kind === 'log' ? 'the whole log' : `cycle ${report.scope.cycleId}`;
  const lines = [
    `${report.ok ? 'ok' : 'BROKEN'}: ${scope}, ${report.streamsChecked} streams, ${report.eventsChecked} events checked up to position ${report.headPosition}, ${report.brokenLinks} broken links`,
  ];
  const first = report.firstBroken;
  if (first !== undefined) {
    lines.push(
      `first broken link: ${first.problem} at ${first.streamId} revision ${first.revision} (position ${first.globalPosition.toString()}, event ${first.eventId}); expected ${first.expected}, found ${first.actual}`,
    );
  }
  return lines;
};

const toJson = (report: AuditVerifyReport): string =>
  JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/** `verify`: recomputes the hash chains of the configured store and says whether any record was altered. */
export const createVerifyCommand = (open: () => Promise<OpenedStore>): Command => ({
  summary: 'Recompute the event log’s hash chains (all, or one cycle) and report the first broken link',
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    if (parsed.errors.length > 0 || parsed.positionals.length > 0) {
      for (const error of parsed.errors) io.err(error);
      if (parsed.positionals.length > 0) io.err(`unexpected argument ${parsed.positionals.join(' ')}`);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async (opened) => {
        const cycleId = parsed.options.get('cycle');
        const report = await verifyLog({ store: opened.store, ...(cycleId === undefined ? {} : { cycleId }) });
        if (parsed.switches.has('json')) io.out(toJson(report));
        else for (const line of describe(report)) io.out(line);
        return report.ok ? EXIT.ok : EXIT_BROKEN;
      },
    });
  },
});

export const verifyCommand: Command = createVerifyCommand(openConfiguredStore);
