import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Pages of the API's own that a browser opens (OpenAPI reference, bull-board): never the console. */
const API_PAGES = ['/docs', '/admin/'];

/** Where `npm run build` / `npm start` put the console (vite build → dist/console), next to dist/apps/api. */
export const defaultConsoleDir = (): string => resolve(process.cwd(), 'dist', 'console');

/**
 * Vite names every file under assets/ by a hash of its content: a changed file is a new name, so a
 * browser may keep one for a year without asking again (a console reopened on a slow county link
 * loads only index.html, which is never cached).
 */
const HASHED = { maxAge: '365d', immutable: true } as const;

/**
 * Serves the built console (apps/console) on the API's own origin: its files at `/`, and for a
 * browser navigating to one of the console's pages (GET, Accept text/html, no file extension) its
 * index.html, so a reload or a shared link opens the page. API calls (JSON, any other method) go
 * through untouched, without looking for a file of their path: the console's top-level files and
 * folders (vite's index.html and assets/) are listed once here, and only paths in them go to the
 * disk (every API request did a `stat` before). Must run before the app's routes are initialised
 * (before `app.init()`). Returns false when the console is not built (the API works without it).
 */
export function serveConsole(app: NestExpressApplication, dir: string = defaultConsoleDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const entries = readdirSync(dir, { withFileTypes: true });
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => `/${entry.name}`));
  // The build's gzipped copies (vite.config.mts): sent as they are to a browser that accepts gzip.
  const assets = join(dir, 'assets');
  const gzipped = new Set(existsSync(assets) ? readdirSync(assets).filter((name) => name.endsWith('.gz')).map((name) => `/assets/${name.slice(0, -'.gz'.length)}`) : []);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !gzipped.has(req.path)) return next();
    res.vary('Accept-Encoding');
    if (req.acceptsEncodings('gzip') !== 'gzip') return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', 'gzip');
    return res.sendFile(join(dir, `${req.path.slice(1)}.gz`), HASHED);
  });
  // Each folder under its own prefix: a path outside them never reaches the static files' handler.
  for (const folder of entries.filter((entry) => entry.isDirectory())) {
    app.useStaticAssets(join(dir, folder.name), { prefix: `/${folder.name}/`, index: false, ...(folder.name === 'assets' ? HASHED : {}) });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (reading && files.has(req.path)) {
      if (req.path === '/index.html') res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(join(dir, req.path.slice(1)));
    }
    const wantsPage =
      (reading && req.path === '/') ||
      (req.method === 'GET' &&
        (req.headers.accept ?? '').includes('text/html') &&
        !/\.[a-z0-9]+$/i.test(req.path) &&
        !API_PAGES.some((prefix) => req.path === prefix || req.path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)));
    if (!wantsPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
