import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { bootApi, TEST_ADMIN_PASSWORD, type ApiUnderTest } from '../../../apps/api/src/testing/api-test-app';
import { CHROMIUM_FLAGS, requireChromium } from './chromium';

export const ROOT = join(__dirname, '..', '..', '..');

/** Builds the console from the current sources (vite build) into a fresh directory. */
export const buildConsole = (): string => {
  const outDir = mkdtempSync(join(tmpdir(), 'kaoping-console-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', join(ROOT, 'apps', 'console', 'vite.config.mts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    // Jest runs with NODE_ENV=test; the console is always its production build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
};

/** The API (embedded store, in memory) serving the built console, listening on a free port, and a headless Chromium. */
export type ConsoleUnderTest = Readonly<{
  api: ApiUnderTest;
  baseUrl: string;
  browser: Browser;
  adminToken: string;
  close: () => Promise<void>;
}>;

export const startConsole = async (env: Readonly<Record<string, string>> = {}): Promise<ConsoleUnderTest> => {
  const executablePath = requireChromium();
  const consoleDir = buildConsole();
  const api = await bootApi(env, { consoleDir });
  await api.app.listen(0, '127.0.0.1');
  const address: AddressInfo | string | null = api.app.getHttpServer().address();
  if (typeof address !== 'object' || address === null) throw new Error('the API is not listening on a TCP port');
  const { port } = address;
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
  const adminToken = await api.login('admin', TEST_ADMIN_PASSWORD);
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    adminToken,
    close: async () => {
      await browser.close();
      await api.close();
      rmSync(consoleDir, { recursive: true, force: true });
    },
  };
};
