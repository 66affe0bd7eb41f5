import { Controller, Delete, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdentityService, type ActingUser } from '@kaoping/identity';
import type { Request, Response } from 'express';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { DASHBOARD_PATH, DashboardSessions, clearedCookie, sessionCookie } from './dashboard-session';
import { opsMetrics } from './metrics.util';
import { OpsQueue, type QueueReport } from './ops-queue';
import { QueuesDto } from '../reads/responses.dto';
import { PrometheusMetrics } from './prometheus-metrics';

/** Operations: the job queue as JSON, Prometheus metrics, and the door to the queue dashboard. */
@ApiTags('ops')
@ApiBearerAuth()
@Controller('ops')
export class OpsController {
  constructor(
    private readonly ops: OpsQueue,
    private readonly sessions: DashboardSessions,
    private readonly identity: IdentityService,
    private readonly prometheus: PrometheusMetrics,
  ) {}

  @Get('queues')
  @Action('ReadOpsQueues')
  @ApiOperation({ summary: 'The job queues of this process (BullMQ or in-process): counts by state, depth, what this process ran' })
  @ApiOkResponse({ type: QueuesDto })
  async queues(): Promise<Readonly<{ queues: readonly QueueReport[] }>> {
    return { queues: [await this.ops.report()] };
  }

  @Get('metrics')
  @Action('ReadOpsMetrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus exposition format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiOperation({
    summary:
      'Prometheus text: HTTP latency by route, event store append latency, read-model lag/position/stopped per projection, jobs run/succeeded/failed/retried, queue gauges, event store head position, process metrics',
  })
  async metrics(): Promise<string> {
    const [queue, headPosition, registry] = await Promise.all([this.ops.report(), this.ops.headPosition(), this.prometheus.text()]);
    return `${registry}${opsMetrics({ queues: [queue], headPosition })}`;
  }

  @Post('dashboard-session')
  @HttpCode(204)
  @Action('OpenQueueDashboard')
  @ApiOperation({
    summary: `Opens a 15-minute queue dashboard session: an HttpOnly, SameSite=Strict cookie for ${DASHBOARD_PATH} only (a browser UI cannot send a bearer header)`,
  })
  @ApiNoContentResponse({ description: `Set-Cookie for ${DASHBOARD_PATH}` })
  async openDashboard(@CurrentActor() actor: ActingUser, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const { token } = this.sessions.issue({ userId: actor.userId, role: actor.role, now: new Date(), ver: await this.identity.tokenVersion(actor.userId) });
    res.setHeader('Set-Cookie', sessionCookie({ token, secure: req.secure }));
  }

  @Delete('dashboard-session')
  @HttpCode(204)
  @Action('OpenQueueDashboard')
  @ApiOperation({ summary: 'Ends the queue dashboard session (clears the cookie)' })
  closeDashboard(@Res({ passthrough: true }) res: Response): void {
    res.setHeader('Set-Cookie', clearedCookie());
  }
}
