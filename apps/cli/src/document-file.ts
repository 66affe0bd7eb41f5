import { type SchemeProblem, type TextPosition, locatePath, parseDocumentText } from '@kaoping/scoring';
import type { CliIo } from './cli-io';

export type LoadedFile = Readonly<{ path: string; text: string; value: unknown }>;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reads and parses a YAML or JSON file; on failure reports `file:line:column: message` and returns undefined. */
export const loadDocumentFile = (path: string, io: CliIo): LoadedFile | undefined => {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error: unknown) {
    io.err(`${path}: cannot read the file: ${errorText(error)}`);
    return undefined;
  }
  const parsed = parseDocumentText(text, path.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  if (!parsed.ok) {
    io.err(`${path}:${parsed.error.line}:${parsed.error.column}: syntax error: ${parsed.error.message}`);
    return undefined;
  }
  return { path, text, value: parsed.value };
};

/** Reports each problem with the file position of its path, the path, the rule and both messages, in file order. */
export const reportProblems = (file: LoadedFile, problems: readonly SchemeProblem[], io: CliIo): void => {
  const located = problems.map((problem, index) => ({ problem, index, position: locatePath(file.text, problem.path) }));
  const order = (position: TextPosition | undefined): number => (position === undefined ? 0 : position.line * 100_000 + position.column);
  located.sort((a, b) => order(a.position) - order(b.position) || a.index - b.index);
  for (const { problem, position } of located) {
    const where = position === undefined ? file.path : `${file.path}:${position.line}:${position.column}`;
    io.err(`${where}: ${problem.path === '' ? '(document)' : problem.path} [${problem.code}] ${problem.message['zh-CN']} / ${problem.message.en}`);
  }
  io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file.path}`);
};
