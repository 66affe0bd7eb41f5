import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityError, IdentityService } from '@kaoping/identity';
import { PUBLIC_ROUTE, type AuthenticatedRequest } from './auth.decorators';

const BEARER = /^Bearer\s+(\S+)$/i;

/** Global: every route needs a valid bearer token unless it is @Public. 401 otherwise; nothing runs. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) {
      throw new IdentityError({ kind: 'unauthenticated', code: 'missing-token', message: 'sign in: this route needs an Authorization: Bearer <token> header' });
    }
    request.actor = await this.identity.actingUserOf(token);
    return true;
  }
}
