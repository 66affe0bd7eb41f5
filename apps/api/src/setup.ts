import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { KAOPING_CONFIG, type KaopingConfig } from '@kaoping/runtime';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { answerClientErrors } from './errors/client-errors';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from './errors/input-safety';
import { validationPipe } from './errors/validation';
import { RequestRefused } from './errors/request-refused';
import { serveConsole } from './console/serve-console';
import { EVIDENCE_MEDIA_TYPES } from './evidence/evidence-media';
import { PrometheusMetrics } from './ops/prometheus-metrics';
import { minPositionHeader } from './queries/min-position.header';

/** Spreadsheet uploads (imports): a multipart form with the file, read by the import route. */
const SPREADSHEET_MEDIA_TYPES = ['multipart/form-data'];

/** Request bodies up to the event store's largest event (1 MiB), so a large scheme document fits. */
const MAX_BODY = '1mb';

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * Bodies are JSON (application/json or a +json type), or one of the file types an upload route reads
 * itself (evidence photos and scans raw, spreadsheets as a multipart form); that route checks its own type. A form-encoded login
 * or a text body is a 415.
 */
const ACCEPTED_BODY_TYPES = ['application/json', 'application/*+json', ...EVIDENCE_MEDIA_TYPES, ...SPREADSHEET_MEDIA_TYPES];
const jsonBodiesOnly = (request: Request, _response: Response, next: NextFunction): void => {
  if (hasBody(request) && !request.is(ACCEPTED_BODY_TYPES)) {
    next(new RequestRefused(415, 'unsupported-media-type', `request bodies are JSON (Content-Type: application/json), not ${request.headers['content-type'] ?? 'untyped'}`));
    return;
  }
  next();
};

/** Refuses JSON nested deeper than {@link MAX_JSON_DEPTH} before parsing it (body-parser's verify hook). */
const verifyDepth = (_request: unknown, _response: unknown, body: Buffer, encoding: string): void => {
  const text = body.toString(encoding === 'utf-8' || encoding === 'utf8' ? 'utf8' : (encoding as BufferEncoding));
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw new RequestRefused(400, 'json-too-deep', `request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
  }
};

/** Security headers (helmet); the OpenAPI page and the queue dashboard run their own scripts and styles, so they get no CSP. */
const securityHeaders = (): ((request: Request, response: Response, next: NextFunction) => void) => {
  const strict = helmet();
  const pages = helmet({ contentSecurityPolicy: false });
  return (request, response, next) => (request.path.startsWith('/docs') || request.path.startsWith('/admin/queues') ? pages : strict)(request, response, next);
};

/**
 * Everything main.ts and the e2e tests both apply to the app: security headers (no X-Powered-By),
 * CORS only for CORS_ORIGINS, JSON bodies only (depth and size limited), one pipe, one filter,
 * OpenAPI at /docs, and — when `consoleDir` is given and built — the console at `/`.
 */
export function configureApp(app: NestExpressApplication, options: Readonly<{ consoleDir?: string }> = {}): NestExpressApplication {
  const config = app.get<KaopingConfig>(KAOPING_CONFIG);
  app.disable('x-powered-by');
  answerClientErrors(app.getHttpServer());
  app.use(app.get(PrometheusMetrics, { strict: false }).middleware);
  app.use(securityHeaders());
  if (config.corsOrigins.length > 0) app.enableCors({ origin: [...config.corsOrigins], exposedHeaders: ['Retry-After', 'X-Request-Id', 'Idempotent-Replayed'] });
  app.use(jsonBodiesOnly);
  app.use(minPositionHeader);
  app.useBodyParser('json', { limit: MAX_BODY, verify: verifyDepth });
  if (options.consoleDir !== undefined) serveConsole(app, options.consoleDir);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  // Built at the first request for /docs (then kept): a process nobody asks for it neither spends
  // the start-up time nor holds the document.
  const document = (): ReturnType<typeof SwaggerModule.createDocument> =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Kaoping API')
        .setDescription(
          '考评: event-sourced performance evaluation. Every fact is an event; every score explains itself. ' +
            'To read your own writes, send the `position` a write returned as `?minPosition=` or as the header `X-Min-Position` on the reads after it (the read waits up to 5 s, else 503 read-model-behind; a position past the end of the log is 400 invalid-input naming minPosition).',
        )
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
