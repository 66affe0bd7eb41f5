import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type * as BullBoard from '@bull-board/api';
import type * as BullBoardAdapter from '@bull-board/api/bullMQAdapter';
import type * as BullBoardExpress from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, NextFunction, Request, Response } from 'express';
import { IdentityService } from '@kaoping/identity';
import { bullmq } from '@kaoping/jobs';
import { REDIS, type OptionalRedis } from '@kaoping/runtime';
import type { ErrorBody } from '../errors/error-body';
import { sendLocalized } from '../errors/localized-error';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, DashboardSessions, cookieOf } from './dashboard-session';
import { OpsQueue } from './ops-queue';

const reply = (req: Request, res: Response, body: ErrorBody): void => sendLocalized(req, res, body);

/**
 * bull-board at /admin/queues when the jobs run on BullMQ (REDIS_URL), behind a dashboard session
 * cookie (see POST /ops/dashboard-session): the global guards do not see plain Express routes, so
 * this middleware is the only door. Read-only: phase jobs are derived from the log and dated, so
 * promoting one would run a phase change before its day; retries happen by themselves.
 * Without Redis the path answers 404 in the API's error shape.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ops');
  private boardQueue: Queue | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly ops: OpsQueue,
    private readonly sessions: DashboardSessions,
    private readonly identity: IdentityService,
    @Inject(REDIS) private readonly redis: OptionalRedis,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    // No HTTP server (an application context): nothing to mount.
    if (app === undefined) return;
    const queueName = this.ops.bullmqName;
    if (this.redis === null || queueName === undefined) {
      app.use(DASHBOARD_PATH, (req: Request, res: Response) =>
        reply(req, res, {
          statusCode: 404,
          code: 'no-queue-dashboard',
          message: 'the jobs run on the in-process queue, which has no dashboard (set REDIS_URL for BullMQ and its dashboard); GET /ops/queues shows the queue',
        }),
      );
      return;
    }
    // bull-board is loaded only here, with BullMQ: without Redis no process needs it.
    const { createBullBoard } = require('@bull-board/api') as typeof BullBoard;
    const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof BullBoardAdapter;
    const { ExpressAdapter } = require('@bull-board/express') as typeof BullBoardExpress;
    this.boardQueue = new (bullmq().Queue)(queueName, { connection: this.redis });
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(DASHBOARD_PATH);
    createBullBoard({ queues: [new BullMQAdapter(this.boardQueue, { readOnlyMode: true })], serverAdapter });
    app.use(DASHBOARD_PATH, this.admitted, serverAdapter.getRouter());
    this.logger.log(`queue dashboard at ${DASHBOARD_PATH} (read-only; POST /ops/dashboard-session first)`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boardQueue?.close();
  }

  private readonly admitted = (req: Request, res: Response, next: NextFunction): void => {
    const refuse = (reason: string): void =>
      reply(req, res, {
        statusCode: 401,
        code: 'dashboard-session-required',
        message: `the queue dashboard needs a dashboard session (${reason}): POST /ops/dashboard-session with an admin bearer token, then open ${DASHBOARD_PATH}`,
        details: [{ path: `cookie.${DASHBOARD_COOKIE}`, rule: reason, message: 'a signed, unexpired admin dashboard session of an active admin' }],
      });
    const check = this.sessions.check(cookieOf(req.headers.cookie, DASHBOARD_COOKIE), new Date());
    if (!check.valid) return refuse(check.reason);
    // The admin is still active, still an admin, and has not changed their password since.
    this.identity.sessionStillValid(check.claims.userId, check.claims.role, check.claims.ver).then(
      (valid) => (valid ? next() : refuse('revoked')),
      (error: unknown) => next(error),
    );
  };
}
