import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bootApi } from '../../apps/api/src/testing/api-test-app';

export const ROOT = join(__dirname, '..', '..');
/** The console's typed client reads its request and response types from here (generated, committed). */
export const API_TYPES_FILE = join(ROOT, 'apps', 'console', 'src', 'api', 'schema.d.ts');

/** Boots the API in-process (no server), takes its OpenAPI document and turns it into TypeScript types. */
export const generateApiTypes = async (): Promise<string> => {
  const api = await bootApi();
  try {
    const res = await api.http().get('/docs/openapi.json');
    if (res.status !== 200) throw new Error(`GET /docs/openapi.json answered ${res.status}`);
    return execFileSync(process.execPath, [join(ROOT, 'apps', 'console', 'scripts', 'openapi-to-ts.mjs')], {
      input: JSON.stringify(res.body),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    await api.close();
  }
};
