import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// docker/compose.yml must start the `apps` profile: the API reachable from outside its container
// (HOST 0.0.0.0, port 3000 published), a JWT_SECRET it insists on, health checks, the image's
// build context trimmed by .dockerignore. With the docker compose CLI, `docker compose config`
// renders the file as docker would; without it (no plugin here), the YAML itself is checked —
// the test says which on stdout, and never skips.
const ROOT = join(__dirname, '..');
const COMPOSE = join(ROOT, 'docker/compose.yml');
const SECRET = 'a-compose-test-secret-of-at-least-32-characters';

type Service = Readonly<{
  build?: Readonly<{ context?: string; dockerfile?: string }>;
  environment?: Readonly<Record<string, string>>;
  ports?: readonly unknown[];
  healthcheck?: Readonly<{ test?: readonly string[]; disable?: boolean }>;
  profiles?: readonly string[];
  depends_on?: Readonly<Record<string, unknown>>;
}>;
type ComposeFile = Readonly<{ services: Readonly<Record<string, Service>> }>;

const composeCli = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

const rendered = (env: Readonly<Record<string, string>>): Readonly<{ status: number | null; stdout: string; stderr: string }> => {
  const res = spawnSync('docker', ['compose', '-f', COMPOSE, '--profile', 'apps', '--profile', 'postgres', '--profile', 'redis', 'config', '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
};

const file = (): ComposeFile => {
  if (composeCli) {
    const res = rendered({ JWT_SECRET: SECRET });
    if (res.status !== 0) throw new Error(`docker compose config failed: ${res.stderr}`);
    return JSON.parse(res.stdout) as ComposeFile;
  }
  return parse(readFileSync(COMPOSE, 'utf8')) as ComposeFile;
};

describe('docker compose: the apps profile starts', () => {
  beforeAll(() => {
    process.stdout.write(`compose check: ${composeCli ? 'docker compose config' : 'no docker compose CLI here: the YAML of docker/compose.yml is parsed and checked'}\n`);
  });

  it('runs the API on 0.0.0.0 with port 3000 published, a JWT_SECRET, the worker, and health checks', () => {
    const { services } = file();
    const api = services.api;
    const worker = services.worker;
    expect(api?.environment).toMatchObject({ EVENT_STORE: 'postgres', HOST: '0.0.0.0' });
    const secret = api?.environment?.JWT_SECRET ?? '';
    if (composeCli) expect(secret).toBe(SECRET);
    else expect(secret).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
    expect(JSON.stringify(api?.ports)).toContain('3000');
    expect(api?.healthcheck?.test?.join(' ')).toContain('/health');
    expect(worker?.healthcheck?.disable).toBe(true);
    for (const service of [api, worker]) {
      expect(service?.build?.dockerfile).toMatch(/docker\/Dockerfile$/);
      expect(Object.keys(service?.depends_on ?? {}).sort()).toEqual(['postgres', 'redis']);
    }
    for (const needed of ['postgres', 'redis']) expect(services[needed]).toBeDefined();
  });

  it('refuses to render without JWT_SECRET, saying what to set', () => {
    if (composeCli) {
      const res = rendered({ JWT_SECRET: '' });
      expect(res.status).not.toBe(0);
      expect(res.stderr).toContain('set JWT_SECRET');
    } else {
      expect(readFileSync(COMPOSE, 'utf8')).toContain('JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET');
    }
  });

  it('builds an image with a health check, listening on 0.0.0.0, from a context without .git, node_modules or data', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/health/m);
    expect(dockerfile).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['.git', 'node_modules', '.data', 'dist']) expect(ignored).toContain(entry);
  });
});
