import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '@kaoping/runtime';
import { bootApi } from './testing/api-test-app';
import { startupFailure } from './startup-failure';

const ROOT = resolve(__dirname, '../../..');

/** Runs the API's entry point (apps/api/src/main.ts through tsx) with only the given environment. */
const runApi = (env: Readonly<Record<string, string>>): Promise<Readonly<{ code: number | null; stderr: string }>> =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stderr }));
  });

describe('starting the API: configuration problems and busy ports in one line each, never a stack', () => {
  it("exits 78 naming JWT_SECRET for the README's PostgreSQL command without it, with every other problem at once", async () => {
    const res = await runApi({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://kaoping:kaoping@localhost:5432/kaoping', LOG_LEVEL: 'loud', PORT: 'eighty' });
    expect(res.code).toBe(78);
    expect(res.stderr).toMatch(/JWT_SECRET: is required when EVENT_STORE=postgres/);
    expect(res.stderr).toMatch(/LOG_LEVEL: must be one of/);
    expect(res.stderr).toMatch(/PORT: must be an integer/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 78 naming DATA_DIR when it cannot be used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-start-'));
    try {
      writeFileSync(join(dir, 'not-a-dir'), '');
      const res = await runApi({ DATA_DIR: join(dir, 'not-a-dir') });
      expect(res.code).toBe(78);
      expect(res.stderr).toMatch(/DATA_DIR: .*is not a directory/);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in one line that the port is in use', async () => {
    const holder: Server = createServer();
    await new Promise<void>((ready) => holder.listen(0, '127.0.0.1', ready));
    const { port } = holder.address() as AddressInfo;
    const api = await bootApi();
    try {
      const error = await api.app.listen(port, '127.0.0.1').then(
        () => undefined,
        (failure: unknown) => failure,
      );
      const line = startupFailure(error, loadConfig({ PORT: String(port) }));
      expect(line).toBe(`port ${port} on 127.0.0.1 is already in use: stop the process that holds it, or set PORT to another port`);
    } finally {
      await api.close();
      await new Promise((closed) => holder.close(closed));
    }
  });
});
