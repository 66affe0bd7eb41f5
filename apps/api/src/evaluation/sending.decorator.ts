import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandMeta } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { readCommandRequest, type CommandRequestContext } from '../commands/command-request';
import type { TimedRequest } from '../commands/request-clock';

/** Why, with what evidence and about when: the fields every command body may carry. */
export type CommandAnnotations = Readonly<{ reason?: string; evidence?: readonly string[]; effectiveDate?: string }>;

/** Who sends a command over HTTP and what the request says beside its body (headers, time). */
export type Sending = Readonly<{ actor: ActingUser; request: CommandRequestContext }>;

/** The command's meta: the idempotency key as command id, the signed-in actor in its role, the request's time, the body's annotations. */
export const commandMeta = (sending: Sending, body: CommandAnnotations): CommandMeta => {
  const { actor, request } = sending;
  return {
    commandId: request.commandId,
    actor: {
      userId: actor.userId,
      role: actor.role,
      ...(actor.unitId === undefined ? {} : { unitId: actor.unitId }),
      ...(actor.providerId === undefined ? {} : { providerId: actor.providerId }),
    },
    now: request.now,
    ...(body.reason === undefined ? {} : { reason: body.reason }),
    ...(body.evidence === undefined ? {} : { evidence: body.evidence }),
    ...(body.effectiveDate === undefined ? {} : { effectiveDate: body.effectiveDate }),
  };
};

/**
 * The signed-in actor and the request's command context (Idempotency-Key, X-Request-Id, If-Match,
 * arrival time) in one parameter: what every command route needs beside its path and body.
 */
export const Sender = createParamDecorator((_data: unknown, context: ExecutionContext): Sending => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest & TimedRequest>();
  if (request.actor === undefined) throw new Error('@Sender() on a route the access-token guard did not check (is it @Public?)');
  return { actor: request.actor, request: readCommandRequest(request) };
});
