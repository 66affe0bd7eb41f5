import { processIo } from './cli-io';
import { runCli } from './cli';

// Kaoping operator commands: `npm run cli -- <command>` (plain TypeScript, run by tsx; no Nest).
runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
