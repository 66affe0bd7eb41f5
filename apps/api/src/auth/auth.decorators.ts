import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { ActingUser } from '@kaoping/identity';
import type { Request } from 'express';

export const PUBLIC_ROUTE = 'kaoping:public';
export const ROUTE_ACTION = 'kaoping:action';

/** The route answers without a token (health, docs, login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The action a route performs, looked up in the role table by the role guard: a command type
 * (`OpenPhase`), or a named read (`ListUsers`). A route without one is refused to everyone.
 * The OpenAPI operation carries it as `x-kaoping-action` (the fuzz suite derives each route's role from it).
 */
export const Action = (action: string): MethodDecorator =>
  applyDecorators(SetMetadata(ROUTE_ACTION, action), ApiExtension('x-kaoping-action', action));

/** A request that passed the access-token guard. */
export type AuthenticatedRequest = Request & { actor?: ActingUser };

/** The signed-in person and the role they act in, as the access-token guard found them. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): ActingUser => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (actor === undefined) throw new Error('@CurrentActor() on a route the access-token guard did not check (is it @Public?)');
  return actor;
});
