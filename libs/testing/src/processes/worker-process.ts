import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts a TypeScript worker script as a child process: node itself with the tsx loader (not the
 * tsx wrapper), so a SIGKILL reaches the worker. `ready` resolves once it prints `ready` on
 * stdout; `child` is there at once, so a caller can track it for cleanup even if it never gets ready.
 */
export const startWorkerProcess = (
  input: Readonly<{ script: string; cwd: string; name: string; env: Readonly<Record<string, string | undefined>>; readyWithinMs?: number }>,
): Readonly<{ child: ChildProcess; ready: Promise<ChildProcess> }> => {
  const { script, cwd, name, env } = input;
  const readyWithinMs = input.readyWithinMs ?? 30_000;
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${name} not ready after ${readyWithinMs / 1000} s: ${stderr}`)), readyWithinMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker ${name} exited (${code ?? signal}) before it was ready: ${stderr}`));
    });
  });
  return { child, ready };
};

/** Resolves when the process has exited (at once if it already has). */
export const processExited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Stops a worker gracefully (SIGTERM), or by SIGKILL if it has not exited within 5 s. */
export const stopWorkerProcess = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await processExited(child);
  clearTimeout(timer);
};
