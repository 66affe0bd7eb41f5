import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Pages of the API's own that a browser opens (OpenAPI reference, bull-board): never the console. */
const API_PAGES = ['/docs', '/admin/'];

/** Where `npm run build` / `npm start` put the console (vite build → dist/console), next to dist/apps/api. */
export const defaultConsoleDir = (): string => resolve(process.cwd(), 'dist', 'console');

/**
 * Serves the built console (apps/console) on the API's own origin: its files at `/`, and for a
 * browser navigating to one of the console's pages (GET, Accept text/html, no file extension) its
 * index.html, so a reload or a shared link opens the page. API calls (JSON, any other method) go
 * through untouched. Must run before the app's routes are initialised (before `app.init()`).
 * Returns false when the console is not built (the API works without it).
 */
export function serveConsole(app: NestExpressApplication, dir: string = defaultConsoleDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, { index: 'index.html' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      req.method === 'GET' &&
      (req.headers.accept ?? '').includes('text/html') &&
      !/\.[a-z0-9]+$/i.test(req.path) &&
      !API_PAGES.some((prefix) => req.path === prefix || req.path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    if (!wantsPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
