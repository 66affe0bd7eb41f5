import { READ_MODEL_NAMES, isReadModelName, readModelProjections, rebuildProjections, type RebuildProgress } from '@kaoping/projections';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { parseArgs } from '../options';

const USAGE = `rebuild [--projection <${READ_MODEL_NAMES.join('|')}>]   (the configured store; stop the worker and the API first)`;
const SPEC = { options: ['projection'], switches: [] } as const;

/** The store and read-model database the rebuild works on. */
export type RebuildTarget = ConfiguredStore;

const bar = (progress: RebuildProgress): string => {
  const share = progress.head === 0n ? 1 : Number((progress.position * 1000n) / progress.head) / 1000;
  const filled = Math.round(share * 30);
  const rate = progress.elapsedMs > 0 ? Math.round((progress.events * 1000) / progress.elapsedMs) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${progress.events} events, position ${progress.position}/${progress.head}, ${rate} events/s`;
};

/**
 * What the rebuild cost this process, for sizing the machine that runs it: CPU seconds (user +
 * system, since `from`) and the highest resident memory the process reached.
 */
const costOf = (from: NodeJS.CpuUsage): string => {
  const used = process.cpuUsage(from);
  return `CPU ${((used.user + used.system) / 1e6).toFixed(2)} s; peak resident memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`;
};

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** `rebuild`: drops the read models (all, or one) and replays them from position 0, with progress on stderr. */
export const createRebuildCommand = (open: () => Promise<RebuildTarget> = openConfiguredStore, progressEveryMs = 500): Command => ({
  summary: 'Drop the read models (all, or one) and replay them from position 0 of the log',
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    const name = parsed.options.get('projection');
    if (parsed.errors.length > 0 || parsed.positionals.length > 0 || (name !== undefined && !isReadModelName(name))) {
      for (const error of parsed.errors) io.err(error);
      if (name !== undefined && !isReadModelName(name)) io.err(`unknown projection ${name}`);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async (target) => {
        const names = name === undefined ? READ_MODEL_NAMES : READ_MODEL_NAMES.filter((n) => n === name);
        let shownAt = -Infinity;
        const cpu = process.cpuUsage();
        const done = await rebuildProjections({
          store: target.store,
          database: target.database,
          schema: target.schema,
          projections: readModelProjections({ schema: target.schema, store: target.store }, names),
          onProgress: (progress) => {
            if (progress.elapsedMs - shownAt < progressEveryMs && progress.position < progress.head) return;
            shownAt = progress.elapsedMs;
            io.err(bar(progress));
          },
        });
        // The pages and the finishing work apart: a rebuild's rate over the pages says nothing of its end.
        io.out(
          `rebuilt ${names.join(', ')}: ${done.events} events up to position ${done.head} in ${seconds(done.elapsedMs)} s ` +
            `(pages ${seconds(done.pagesMs)} s, finishing ${seconds(done.finishingMs)} s; ${costOf(cpu)})`,
        );
        return EXIT.ok;
      },
    });
  },
});

export const rebuildCommand = createRebuildCommand();
