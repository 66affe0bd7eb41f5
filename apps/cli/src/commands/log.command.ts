import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { InvalidInputError } from '@kaoping/eventstore';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { parseArgs } from '../options';
import { EXIT_BROKEN } from './verify.command';

const USAGE = 'log export --out <file.ndjson> | log import --in <file.ndjson> [--trust-file-key]   (the store the environment selects)';
const SPEC = { options: ['out', 'in'], switches: ['trust-file-key'] } as const;

export type OpenedLogStore = Pick<ConfiguredStore, 'store' | 'close'>;

/** Writes lines to a file, waiting for the stream when its buffer is full. */
const writeLines = async (path: string, lines: AsyncIterable<string>): Promise<number> => {
  const file = createWriteStream(path, { flags: 'wx' });
  let count = 0;
  for await (const line of lines) {
    count++;
    if (!file.write(`${line}\n`)) await once(file, 'drain');
  }
  file.end();
  await once(file, 'finish');
  return count;
};

/** `log export` / `log import`: backup and restore of the whole log with its chains and signatures. */
export const createLogCommand = (open: () => Promise<OpenedLogStore>): Command => ({
  summary: 'Export the whole event log with its chains and signed checkpoints (NDJSON), or import one into an empty store, verified',
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    const [action, ...rest] = parsed.positionals;
    const out = parsed.options.get('out');
    const input = parsed.options.get('in');
    const valid = parsed.errors.length === 0 && rest.length === 0 && ((action === 'export' && out !== undefined) || (action === 'import' && input !== undefined));
    if (!valid) {
      for (const error of parsed.errors) io.err(error);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    let lines: readonly string[] = [];
    if (action === 'import' && input !== undefined) {
      try {
        lines = io.readFile(input).split('\n');
      } catch (error: unknown) {
        io.err(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
        return EXIT.invalidInput;
      }
    }
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async ({ store }) => {
        if (action === 'export' && out !== undefined) {
          const written = await writeLines(out, store.exportLog());
          io.out(`exported ${written - 1} lines (events and checkpoints) to ${out}`);
          return EXIT.ok;
        }
        try {
          const report = await store.importLog(lines, { trustFileKey: parsed.switches.has('trust-file-key') });
          io.out(
            `${report.ok ? 'imported and verified' : 'imported but verify FAILED'}: ${report.eventsChecked} events, ${report.checkpointsChecked} signed checkpoints, sealed up to position ${report.sealedPosition}`,
          );
          return report.ok ? EXIT.ok : EXIT_BROKEN;
        } catch (error: unknown) {
          if (!(error instanceof InvalidInputError)) throw error;
          io.err('nothing imported:');
          for (const violation of error.violations) io.err(`  ${violation.path}: ${violation.rule}: ${violation.message}`);
          return EXIT.invalidInput;
        }
      },
    });
  },
});

export const logCommand: Command = createLogCommand(openConfiguredStore);
