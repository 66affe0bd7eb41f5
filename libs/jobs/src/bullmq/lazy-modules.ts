import type * as BullMQ from 'bullmq';
import type * as IORedis from 'ioredis';

// BullMQ and ioredis are loaded when a queue on Redis is made (REDIS_URL), not when a process
// starts: the embedded county server runs its jobs in-process and never needs them (about 5 MiB of
// heap and 14 MiB of resident memory with bull-board, which loads the same way).
let bullmqModule: typeof BullMQ | undefined;
let ioredisModule: typeof IORedis | undefined;

/** The `bullmq` package, required at the first call. */
export const bullmq = (): typeof BullMQ => (bullmqModule ??= require('bullmq') as typeof BullMQ);

/** The `ioredis` package, required at the first call. */
export const ioredis = (): typeof IORedis => (ioredisModule ??= require('ioredis') as typeof IORedis);
