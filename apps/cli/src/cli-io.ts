import { readFileSync } from 'node:fs';

/** What a command may touch: two output streams and the files it reads. */
export type CliIo = Readonly<{
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => string;
}>;

/** The process's own streams and file system. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** Exit codes: 0 done, 1 the input is wrong (bad file, invalid scheme), 2 the command line is wrong. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** An operator command: how to call it, and what it does with its arguments. */
export type Command = Readonly<{
  summary: string;
  usage: string;
  run: (args: readonly string[], io: CliIo) => Promise<number> | number;
}>;
