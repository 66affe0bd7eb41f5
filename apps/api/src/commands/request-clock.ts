import { Inject, Injectable, createParamDecorator, type ExecutionContext, type NestMiddleware } from '@nestjs/common';
import { SystemClock, type Clock } from '@kaoping/jobs';
import type { NextFunction, Request, Response } from 'express';

/** The clock that says when a request arrived: its commands' `now` (tests move a manual one). */
export const API_CLOCK = Symbol('API_CLOCK');

export const apiClockProvider = { provide: API_CLOCK, useFactory: (): Clock => new SystemClock() };

/** A request stamped with the time it arrived. */
export type TimedRequest = Request & { receivedAt?: string };

/** Stamps every request with the API clock's time, once, before any handler runs. */
@Injectable()
export class ReceivedAtMiddleware implements NestMiddleware {
  constructor(@Inject(API_CLOCK) private readonly clock: Clock) {}

  use(request: TimedRequest, _response: Response, next: NextFunction): void {
    request.receivedAt = this.clock.now().toISOString();
    next();
  }
}

/** The time the request arrived (ISO 8601), as {@link ReceivedAtMiddleware} stamped it: the `now` of a read that scores. */
export const ReceivedAt = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<TimedRequest>().receivedAt ?? new Date().toISOString(),
);
