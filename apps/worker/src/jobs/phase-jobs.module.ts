import { Module } from '@nestjs/common';
import { ScheduleModule } from '@kaoping/schedule';

/**
 * The phase jobs in the worker: BullMQ on REDIS_URL (queue `kaoping-phases`), in-process
 * otherwise. The processors are the schedule's handlers (each one call into the lifecycle);
 * several worker processes on one Redis run each job once.
 */
@Module({ imports: [ScheduleModule.forRoot({ process: 'worker' })] })
export class PhaseJobsModule {}
