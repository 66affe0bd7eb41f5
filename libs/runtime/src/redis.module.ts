import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type * as IORedis from 'ioredis';
import type { Redis } from 'ioredis';
import type { KaopingConfig } from './config';
import { KAOPING_CONFIG, REDIS } from './tokens';

/** The Redis connection when REDIS_URL is set, else null: without Redis, jobs run in-process. */
export type OptionalRedis = Redis | null;

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: OptionalRedis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [KAOPING_CONFIG],
      useFactory: (config: KaopingConfig): OptionalRedis => {
        if (!config.redisUrl) return null;
        // Loaded only here: a process without REDIS_URL never needs the client (nor BullMQ).
        const { Redis: Client } = require('ioredis') as typeof IORedis;
        // BullMQ requires maxRetriesPerRequest null on connections it shares.
        return new Client(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
