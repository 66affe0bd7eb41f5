import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfigOrExit } from '@kaoping/runtime';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger, bufferLogs: true });
  app.enableShutdownHooks();
  await app.init();
  logger.log(`Kaoping worker started (event store: ${config.eventStore}; jobs: ${config.redisUrl ? 'BullMQ' : 'in-process'})`);
}

void bootstrap();
