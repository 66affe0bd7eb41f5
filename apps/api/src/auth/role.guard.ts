import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityError } from '@kaoping/identity';
import { PUBLIC_ROUTE, ROUTE_ACTION, type AuthenticatedRequest } from './auth.decorators';
import { rolesAllowedTo } from './role-table';

const forbidden = (message: string, rule: string): IdentityError =>
  new IdentityError({ kind: 'forbidden', code: 'role-not-allowed', message, details: [{ path: 'role', rule, message }] });

/**
 * Global, after the access-token guard: the role the person acts in must be allowed the
 * route's action by the role table. Runs before validation, so nothing is parsed or written
 * for a refused role. Scope (own unit, own provider) is checked by `authorize` with the command.
 */
@Injectable()
export class RoleGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const action = this.reflector.get<string | undefined>(ROUTE_ACTION, context.getHandler());
    const role = context.switchToHttp().getRequest<AuthenticatedRequest>().actor?.role ?? '(none)';
    const allowed = action === undefined ? undefined : rolesAllowedTo(action);
    if (action === undefined || allowed === undefined) {
      throw forbidden(`this route declares no action in the role table; refused to every role`, 'action-undeclared');
    }
    if (!allowed.includes('*') && !allowed.includes(role)) {
      throw forbidden(`the ${role} role may not ${action} (allowed: ${allowed.join(', ')})`, 'role-not-allowed');
    }
    return true;
  }
}
