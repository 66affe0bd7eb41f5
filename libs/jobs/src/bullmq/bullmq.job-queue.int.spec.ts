import type { Redis } from 'ioredis';
import { connectRedis, obliterateQueue, randomQueueName } from '../../test/redis.util';
import { describeJobQueueContract, type ContractJobs } from '../../test/job-queue.contract';
import { BullmqJobQueue } from './bullmq.job-queue';

let redis: Redis;

beforeAll(async () => {
  redis = await connectRedis();
});

afterAll(async () => {
  await redis.quit();
});

describeJobQueueContract('BullMQ on Redis', async (options) => {
  const queueName = randomQueueName();
  const queue = new BullmqJobQueue<ContractJobs>({ ...options, connection: redis, queueName, drainDelaySeconds: 1 });
  return {
    queue,
    dispose: async () => {
      await queue.close();
      await obliterateQueue(redis, queueName);
    },
  };
});
