import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { validationPipe } from './errors/validation';
import { serveConsole } from './console/serve-console';

/** Request bodies up to the event store's largest event (1 MiB), so a large scheme document fits. */
const MAX_BODY = '1mb';

/**
 * Everything main.ts and the e2e tests both apply to the app: body limit, one pipe, one filter,
 * OpenAPI at /docs, and — when `consoleDir` is given and built — the console at `/`.
 */
export function configureApp(app: NestExpressApplication, options: Readonly<{ consoleDir?: string }> = {}): NestExpressApplication {
  app.useBodyParser('json', { limit: MAX_BODY });
  if (options.consoleDir !== undefined) serveConsole(app, options.consoleDir);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kaoping API')
      .setDescription('考评: event-sourced performance evaluation. Every fact is an event; every score explains itself.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
