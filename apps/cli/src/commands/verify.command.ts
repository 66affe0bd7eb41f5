import { verifyLog, type AuditVerifyReport } from '@kaoping/audit';
import { NotFound } from '@kaoping/evaluation';
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
    `global chain sealed up to position ${report.sealedPosition} (${report.sealedEvents} events); ${report.checkpointsChecked} signed checkpoints checked (${report.signatureKey} key), signed up to position ${report.signedPosition}`,
  ];
  const first = report.firstBroken;
  if (first !== undefined) {
    const where = first.streamId === undefined ? '' : ` of ${first.streamId}${first.revision === undefined ? '' : ` revision ${first.revision}`}`;
    const event = first.eventId === undefined ? '' : `, event ${first.eventId}`;
    lines.push(`first broken link: ${first.problem} at position ${first.globalPosition}${where}${event}; expected ${first.expected}, found ${first.actual}`);
  }
  return lines;
};

const toJson = (report: AuditVerifyReport): string => JSON.stringify(report);

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
        let report: AuditVerifyReport;
        try {
          report = await verifyLog({ store: opened.store, ...(cycleId === undefined ? {} : { cycleId }) });
        } catch (error: unknown) {
          if (!(error instanceof NotFound)) throw error;
          io.err(error.message);
          return EXIT_BROKEN;
        }
        if (parsed.switches.has('json')) io.out(toJson(report));
        else for (const line of describe(report)) io.out(line);
        return report.ok ? EXIT.ok : EXIT_BROKEN;
      },
    });
  },
});

export const verifyCommand: Command = createVerifyCommand(openConfiguredStore);
