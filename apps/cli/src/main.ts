import { processIo } from './cli-io';
import { runCli } from './cli';

// Kaoping operator commands: `npm run cli -- <command>` (plain TypeScript, run by tsx; no Nest). Node runs
// with a young generation of up to 64 MiB a half, as the worker: a rebuild spent a fifth of its CPU
// collecting garbage with the default 16 MiB (100-unit province, 3 pairs: 5.0–5.6 → 4.5–4.8 s of CPU).
runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
