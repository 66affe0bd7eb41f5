import { describeJobQueueContract, type ContractJobs } from '../../test/job-queue.contract';
import { InProcessJobQueue } from './in-process.job-queue';

describeJobQueueContract('in-process', async (options) => {
  const queue = new InProcessJobQueue<ContractJobs>(options);
  return { queue, dispose: () => queue.close() };
});
