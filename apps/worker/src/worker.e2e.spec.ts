import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { EventStore } from '@kaoping/eventstore';
import { AUDIT_TRAIL, ReadModelsService } from '@kaoping/projections';
import { EVENT_STORE, loadConfig } from '@kaoping/runtime';
import { WorkerModule } from './worker.module';

describe('the worker process (headless, no Redis: in-process jobs)', () => {
  let worker: INestApplicationContext;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: 'memory', LOG_LEVEL: 'error' });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    worker.enableShutdownHooks();
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
  });

  it('boots without an HTTP server and keeps its read models up with the log', async () => {
    const store = worker.get<EventStore>(EVENT_STORE);
    const appended = await store.appendToStream(
      'cycle-w2026',
      [{ type: 'CycleCreated', data: { cycleId: 'w2026', year: 2026, name: '2026年度' }, metadata: { actorId: 'wang.office', role: 'office' } }],
      { expectedRevision: 'no_stream' },
    );

    const position = await worker.get(ReadModelsService).freshAt(AUDIT_TRAIL, appended.lastGlobalPosition);

    expect(BigInt(position ?? '0')).toBeGreaterThanOrEqual(appended.lastGlobalPosition);
  });
});
