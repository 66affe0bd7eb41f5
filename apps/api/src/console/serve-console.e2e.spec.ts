import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bootApi, type ApiUnderTest } from '../testing/api-test-app';

// A console build as vite leaves it: index.html, a file beside it, and hashed assets in a folder.
const INDEX = '<!doctype html><title>考评</title>';
const ASSET = 'console.log("考评")';

describe('the console served on the API origin', () => {
  let api: ApiUnderTest;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaoping-console-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-3f2a.js'), ASSET);
    writeFileSync(join(dir, 'assets', 'index-3f2a.js.gz'), gzipSync(ASSET));
    writeFileSync(join(dir, 'assets', 'plain-9c1d.js'), ASSET);
    api = await bootApi({}, { consoleDir: dir });
  });

  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and /index.html with the console page, and its files from where vite put them', async () => {
    expect((await api.http().get('/').expect(200)).text).toBe(INDEX);
    expect((await api.http().get('/index.html').expect(200)).text).toBe(INDEX);
    const asset = await api.http().get('/assets/index-3f2a.js').expect(200);
    expect(asset.text).toBe(ASSET);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    // Named by its content's hash: kept by the browser for a year, never asked for again.
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await api.http().get('/favicon.svg').expect(200)).headers['content-type']).toMatch(/svg/);
  });

  it('sends the build\'s gzipped copy of an asset to a browser that accepts gzip, the file itself to one that does not', async () => {
    const gzipped = await api.http().get('/assets/index-3f2a.js').set('accept-encoding', 'gzip, deflate').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/javascript/);
    expect(gzipped.headers['vary']).toMatch(/Accept-Encoding/);
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gzipped.text).toBe(ASSET);
    const plain = await api.http().get('/assets/index-3f2a.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(ASSET);
    // An asset without a gzipped copy is sent as it is.
    const alone = await api.http().get('/assets/plain-9c1d.js').set('accept-encoding', 'gzip').expect(200);
    expect(alone.headers['content-encoding']).toBeUndefined();
    expect(alone.text).toBe(ASSET);
  });

  it('opens a console page a browser navigates to (a reload, a shared link), but not an API page', async () => {
    const page = await api.http().get('/office/ranking').set('accept', 'text/html,application/xhtml+xml').expect(200);
    expect(page.text).toBe(INDEX);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await api.http().get('/docs').set('accept', 'text/html').redirects(1)).text).not.toBe(INDEX);
  });

  it('leaves API calls and missing files to the API: JSON answers, not the page', async () => {
    const call = await api.http().get('/cycles').set('accept', 'application/json');
    expect(call.status).toBe(401);
    expect(call.body).toEqual(expect.objectContaining({ code: expect.any(String) }));
    expect((await api.http().get('/assets/missing.js').expect(404)).text).not.toBe(INDEX);
    expect((await api.http().get('/index.html/../package.json')).text).not.toBe(INDEX);
  });

  it('looks for no file on disk for an API call (every request did a stat for it before)', async () => {
    const stat = jest.spyOn(fs, 'stat');
    try {
      await api.http().get('/cycles/c1/live-scores/townships').set('accept', 'application/json');
      await api.http().post('/cycles/c1/units/u1/data').send({});
      expect(stat).not.toHaveBeenCalled();
      await api.http().get('/assets/index-3f2a.js').expect(200);
      expect(stat).toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });
});
