import { parseScheme } from '@kaoping/scoring';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { loadDocumentFile, reportProblems } from '../document-file';
import { parseArgs } from '../options';

const USAGE = 'validate <scheme file>';

const run = (args: readonly string[], io: CliIo): number => {
  const parsed = parseArgs(args, { options: [], switches: [] });
  const [path, ...extra] = parsed.positionals;
  if (parsed.errors.length > 0 || path === undefined || extra.length > 0) {
    for (const error of parsed.errors) io.err(error);
    io.err(`usage: ${USAGE}`);
    return EXIT.usage;
  }
  const file = loadDocumentFile(path, io);
  if (file === undefined) return EXIT.invalidInput;
  const scheme = parseScheme(file.value);
  if (!scheme.ok) {
    reportProblems(file, scheme.problems, io);
    return EXIT.invalidInput;
  }
  const categories = scheme.scheme.categories.map((category) => category.id).join(', ');
  io.out(`OK ${path}: ${scheme.scheme.id} v${scheme.scheme.version} (${categories})`);
  return EXIT.ok;
};

/** Checks a scheme file and prints OK or every problem with its place. */
export const validateCommand: Command = { summary: 'check a scheme file and list every problem', usage: USAGE, run };
