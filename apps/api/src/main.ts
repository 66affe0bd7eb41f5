import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfigOrExit } from '@kaoping/runtime';
import { AppModule } from './app.module';
import { configureApp } from './setup';
import { defaultConsoleDir } from './console/serve-console';
import { startupFailure } from './startup-failure';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit(process.env, { signsTokens: true });
  const logger = createLogger(config, 'api');
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bufferLogs: true, abortOnError: false });
    configureApp(app, { consoleDir: defaultConsoleDir() });
    await app.listen(config.port, config.host);
    logger.log(`Kaoping API listening on http://${config.host}:${config.port} (event store: ${config.eventStore}; console: /; OpenAPI: /docs)`);
  } catch (error: unknown) {
    process.stderr.write(`Kaoping API cannot start: ${startupFailure(error, config)}\n`);
    process.exit(1);
  }
}

void bootstrap();
