import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnsupportedMediaTypeResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IdentityError, IdentityService, type AccessGrant, type ActingUser } from '@kaoping/identity';
import type { Request, Response } from 'express';
import { ReadRoute } from '../commands/command-route.decorator';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { AccessGrantDto, ActingUserDto, ChangePasswordDto, LoginDto } from './auth.dto';
import { CurrentActor, Public } from './auth.decorators';
import { LoginThrottle, TooManySignInAttempts } from './login-throttle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in, acting in one role: returns a bearer token for that role and scope' })
  @ApiOkResponse({ type: AccessGrantDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Malformed input, or several roles held and none chosen (role-choice-required, details list them)' })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Unknown user, wrong password or disabled account (one answer for all three)' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The user does not hold the chosen role (role-not-granted)' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'Too many wrong passwords for this account (5) or from this address (20): locked for 30 s, doubling with each further failure up to 15 min; Retry-After says how long' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBodyDto, description: 'The body is not JSON (a form-encoded sign-in is refused)' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AccessGrant> {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    try {
      this.throttle.assertMayTry(body.userId, address);
      const grant = await this.identity.login(body);
      this.throttle.succeeded(body.userId);
      return grant;
    } catch (error: unknown) {
      if (error instanceof IdentityError && error.code === 'invalid-credentials') this.throttle.failed(body.userId, address);
      if (error instanceof TooManySignInAttempts) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Get('me')
  @ReadRoute('ReadOwnAccount', 'Who the token says I am, and the role I act in')
  @ApiOkResponse({ type: ActingUserDto })
  me(@CurrentActor() actor: ActingUser): ActingUser {
    return actor;
  }

  @Put('password')
  @HttpCode(204)
  @ReadRoute('ChangeOwnPassword', 'Change my own password (the current one proves it is me)')
  @ApiNoContentResponse({ description: 'Changed; every token issued before (this one too) stops working: sign in again' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'The current password is wrong, or the new one breaks the policy' })
  async changePassword(@CurrentActor() actor: ActingUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.identity.changeOwnPassword(actor.userId, body.currentPassword, body.newPassword);
  }
}
