import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/** REDIS_URL, else the local default. Integration tests never skip: no Redis is a failure. */
export const redisUrl = (): string => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh queue name per test, so tests never see each other's jobs. */
export const randomQueueName = (): string => `jobs-test-${randomUUID().slice(0, 8)}`;

/** Connects to the test Redis, or fails with a message that says what to do. */
export const connectRedis = async (): Promise<Redis> => {
  const url = redisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: 2000 });
  try {
    await withTimeout(
      redis.connect().then(() => redis.ping()),
      3000,
    );
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `Redis at ${url} did not answer PING (${error instanceof Error ? error.message : String(error)}). ` +
        'Start one (docker compose -f docker/compose.yml up -d redis, or redis-server) or set REDIS_URL; these tests do not skip.',
    );
  }
  return redis;
};

/** Removes a test queue and all its jobs through BullMQ's own API. */
export const obliterateQueue = async (connection: Redis, queueName: string): Promise<void> => {
  const queue = new Queue(queueName, { connection });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
};

/** Deletes the keys a test wrote under its own prefix. */
export const deleteKeys = async (redis: Redis, pattern: string): Promise<void> => {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
};

/** Polls until `condition` holds, or fails with `what` after `timeoutMs`. */
export const eventually = async (
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
