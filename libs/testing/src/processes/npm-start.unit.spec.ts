import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeStartOf } from './npm-start';

describe('nodeStartOf (how an npm script starts node, for the benches)', () => {
  const root = mkdtempSync(join(tmpdir(), 'npm-start-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      scripts: {
        start: 'nest build api && MALLOC_MMAP_THRESHOLD_=131072 node dist/apps/api/main.js',
        'start:worker': 'nest build worker && node --max-semi-space-size=64 --no-warnings dist/apps/worker/main.js',
        cli: 'node --max-semi-space-size=64 --import tsx apps/cli/src/main.ts',
        other: 'node dist/apps/api/main.js.map',
      },
    }),
  );

  it('reads the environment set before node and the flags after it', () => {
    expect(nodeStartOf(root, 'start', 'dist/apps/api/main.js')).toEqual({ env: { MALLOC_MMAP_THRESHOLD_: '131072' }, nodeFlags: [] });
    expect(nodeStartOf(root, 'start:worker', 'dist/apps/worker/main.js')).toEqual({ env: {}, nodeFlags: ['--max-semi-space-size=64', '--no-warnings'] });
  });

  it('reads a module loaded first (`--import tsx`) as a flag with its value, before TypeScript run as it is', () => {
    expect(nodeStartOf(root, 'cli', 'apps/cli/src/main.ts')).toEqual({ env: {}, nodeFlags: ['--max-semi-space-size=64', '--import', 'tsx'] });
  });

  it('refuses a script that does not run that entry (a different file, a missing script)', () => {
    expect(() => nodeStartOf(root, 'other', 'dist/apps/api/main.js')).toThrow('the script other does not run node dist/apps/api/main.js');
    expect(() => nodeStartOf(root, 'missing', 'dist/apps/api/main.js')).toThrow('the script missing does not run');
  });

  it('reads this repository\'s own scripts', () => {
    const repository = join(__dirname, '..', '..', '..', '..');
    expect(nodeStartOf(repository, 'start:worker', 'dist/apps/worker/main.js').nodeFlags).toContain('--max-semi-space-size=64');
    expect(nodeStartOf(repository, 'start', 'dist/apps/api/main.js').env).toHaveProperty('MALLOC_MMAP_THRESHOLD_');
    expect(nodeStartOf(repository, 'cli', 'apps/cli/src/main.ts').nodeFlags).toEqual(expect.arrayContaining(['--max-semi-space-size=256', '--import', 'tsx']));
  });
});
