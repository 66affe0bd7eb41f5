import { type CliIo, type Command, EXIT } from './cli-io';
import { exportCommand } from './commands/export.command';
import { importCommand } from './commands/import.command';
import { logCommand } from './commands/log.command';
import { rebuildCommand } from './commands/rebuild.command';
import { scoreCommand } from './commands/score.command';
import { usersCommand } from './commands/users.command';
import { validateCommand } from './commands/validate.command';
import { verifyCommand } from './commands/verify.command';
import { whatIfCommand } from './commands/what-if.command';

/** Every operator command by name; add a command here and in its own file under commands/. */
export type CommandName = 'score' | 'validate' | 'users' | 'verify' | 'rebuild' | 'import' | 'export' | 'log' | 'what-if';

export const COMMANDS: Readonly<Record<CommandName, Command>> = {
  export: exportCommand,
  import: importCommand,
  rebuild: rebuildCommand,
  score: scoreCommand,
  validate: validateCommand,
  users: usersCommand,
  verify: verifyCommand,
  log: logCommand,
  'what-if': whatIfCommand,
};

const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

const usage = (io: CliIo): void => {
  io.err('usage: npm run cli -- <command> [arguments]');
  for (const [name, command] of Object.entries(COMMANDS)) io.err(`  ${name.padEnd(10)} ${command.summary}\n             ${command.usage}`);
};

/** Runs one command line and returns the exit code. */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    usage(io);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!isCommandName(name)) {
    io.err(`unknown command "${name}"`);
    usage(io);
    return EXIT.usage;
  }
  return COMMANDS[name].run(args, io);
};
