import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@kaoping/identity';
import { AccessTokenGuard } from './access-token.guard';
import { AccountChanges } from './account-changes.reaction';
import { AuthController } from './auth.controller';
import { LoginThrottle } from './login-throttle';
import { RoleGuard } from './role.guard';
import { UsersController } from '../users/users.controller';

/** Sign-in, the two global guards (access token, then role), and the accounts API. */
@Module({
  imports: [IdentityModule],
  controllers: [AuthController, UsersController],
  providers: [
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: RoleGuard },
    AccountChanges,
  ],
})
export class AuthModule {}
