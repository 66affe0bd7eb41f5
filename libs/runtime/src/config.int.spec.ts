import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDirProblem } from './config';

describe('the embedded data directory', () => {
  it('says when DATA_DIR cannot be used: a file in the way, or no right to write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-datadir-'));
    try {
      expect(dataDirProblem(join(dir, 'new', 'nested'))).toBeUndefined();
      writeFileSync(join(dir, 'a-file'), '');
      expect(dataDirProblem(join(dir, 'a-file'))).toMatchObject({ variable: 'DATA_DIR', rule: expect.stringContaining('not a directory') });
      expect(dataDirProblem(join(dir, 'a-file', 'below'))).toMatchObject({ variable: 'DATA_DIR', rule: expect.stringContaining('not a directory') });
      expect(dataDirProblem('/proc/kaoping-data')).toMatchObject({ variable: 'DATA_DIR' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
