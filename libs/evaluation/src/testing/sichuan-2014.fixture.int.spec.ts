import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SICHUAN_2014 } from './sichuan-2014.fixture';

// The unit tests read the Sichuan seed from a TypeScript copy (they do no I/O); this keeps the copy honest.
it('the Sichuan 2014 fixture is schemes/s1-sichuan-2014.yaml as shipped', () => {
  const shipped: unknown = parse(readFileSync(join(__dirname, '../../../../schemes/s1-sichuan-2014.yaml'), 'utf8'));
  expect(SICHUAN_2014).toEqual(shipped);
});
