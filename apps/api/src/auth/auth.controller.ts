import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IdentityService, type AccessGrant, type ActingUser } from '@kaoping/identity';
import { ReadRoute } from '../commands/command-route.decorator';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { AccessGrantDto, ActingUserDto, ChangePasswordDto, LoginDto } from './auth.dto';
import { CurrentActor, Public } from './auth.decorators';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in, acting in one role: returns a bearer token for that role and scope' })
  @ApiOkResponse({ type: AccessGrantDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Malformed input, or several roles held and none chosen (role-choice-required, details list them)' })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Unknown user, wrong password or disabled account (one answer for all three)' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The user does not hold the chosen role (role-not-granted)' })
  login(@Body() body: LoginDto): Promise<AccessGrant> {
    return this.identity.login(body);
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
  @ApiNoContentResponse({ description: 'Changed; existing tokens stay valid until they end' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'The current password is wrong, or the new one breaks the policy' })
  async changePassword(@CurrentActor() actor: ActingUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.identity.changeOwnPassword(actor.userId, body.currentPassword, body.newPassword);
  }
}
