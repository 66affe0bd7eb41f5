import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfigOrExit } from '@kaoping/runtime';
import { AppModule } from './app.module';
import { configureApp } from './setup';
import { defaultConsoleDir } from './console/serve-console';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bufferLogs: true });
  configureApp(app, { consoleDir: defaultConsoleDir() });
  await app.listen(config.port, config.host);
  logger.log(`Kaoping API listening on http://${config.host}:${config.port} (event store: ${config.eventStore}; console: /; OpenAPI: /docs)`);
}

void bootstrap();
