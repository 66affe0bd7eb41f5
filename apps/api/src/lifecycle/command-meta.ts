import type { ActingUser } from '@kaoping/identity';
import type { CommandMeta } from '@kaoping/evaluation';
import type { CommandRequestContext } from '../commands/command-request';

/** Why, with what evidence and about when: the fields every command body may carry. */
export type CommandAnnotations = Readonly<{ reason?: string; evidence?: readonly string[]; effectiveDate?: string }>;

/** The command's meta: the idempotency key as command id, the signed-in actor in its role, the request's time. */
export const commandMeta = (actor: ActingUser, request: CommandRequestContext, body: CommandAnnotations): CommandMeta => ({
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
});
