import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { KAOPING_CONFIG, type KaopingConfig } from '@kaoping/runtime';
import { DashboardSessions } from './dashboard-session';
import { ProjectionsHealth } from '../health/projections.health';
import { JobsHealth } from './jobs.health';
import { PrometheusMetrics } from './prometheus-metrics';
import { OpsController } from './ops.controller';
import { OpsQueue } from './ops-queue';
import { QueueDashboard } from './queue-dashboard';

/**
 * Operations of the job queue: GET /ops/queues, GET /ops/metrics, the bull-board dashboard at
 * /admin/queues (BullMQ only) and the `jobs` health indicator. Reads the phase queue the
 * NotificationsModule's ScheduleModule provides; import it next to that module.
 */
@Module({
  imports: [TerminusModule],
  controllers: [OpsController],
  providers: [
    OpsQueue,
    JobsHealth,
    ProjectionsHealth,
    PrometheusMetrics,
    QueueDashboard,
    { provide: DashboardSessions, inject: [KAOPING_CONFIG], useFactory: (config: KaopingConfig) => new DashboardSessions(config.jwtSecret) },
  ],
  exports: [JobsHealth, ProjectionsHealth, PrometheusMetrics],
})
export class OpsModule {}
