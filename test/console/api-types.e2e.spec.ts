import { readFileSync, writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types';

// The console never hand-writes a request or response type: they come from the API's OpenAPI
// document. `npm run console:api-types` (KAOPING_WRITE_API_TYPES=1) rewrites the committed file;
// otherwise this test fails when the committed types differ from a fresh generation.
describe('the console API types', () => {
  it('equal a fresh generation from the API OpenAPI document', async () => {
    const fresh = await generateApiTypes();
    expect(fresh).toContain('export interface paths');
    if (process.env.KAOPING_WRITE_API_TYPES === '1') writeFileSync(API_TYPES_FILE, fresh);
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    if (committed !== fresh) {
      throw new Error(`${API_TYPES_FILE} is out of date with the API: run \`npm run console:api-types\` and commit it`);
    }
  }, 120_000);
});
