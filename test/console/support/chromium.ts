import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The exact command that installs Chromium where it is missing (Debian/Ubuntu), as .ci/run does. */
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';

/** Flags for a quiet headless Chromium in CI: no GPU, no sandbox (containers), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** CHROME_PATH, else a system chromium; undefined when there is none. */
export const findChromium = (): string | undefined => {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (which.status === 0 && which.stdout.trim() !== '') return which.stdout.trim();
  }
  return undefined;
};

/** The browser to drive, or an error that says how to install one (tests never skip). */
export const requireChromium = (): string => {
  const found = findChromium();
  if (found === undefined) {
    throw new Error(
      process.env.CHROME_PATH
        ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.`
        : `No Chromium found (CHROME_PATH unset, no chromium on PATH). Install it: ${CHROMIUM_INSTALL}`,
    );
  }
  return found;
};
