import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdentityService, type ActingUser, type User, type UserCommandMeta } from '@kaoping/identity';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { CurrentActor } from '../auth/auth.decorators';
import { CommandRequest, type CommandRequestContext } from '../commands/command-request';
import { CommandRoute, ReadRoute } from '../commands/command-route.decorator';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { ChangeGrantDto, DisableUserDto, ProvisionUserDto, RaterCandidateDto, ResetPasswordDto, UserDto, grantOf } from './users.dto';

/** The roles whose holders rate units (评价打分): the people a rater assignment names. */
const RATING_ROLES: readonly string[] = ['leader', 'committee'];

const metaOf = (actor: ActingUser, request: CommandRequestContext, reason: string | undefined): UserCommandMeta => ({
  commandId: request.commandId,
  actor: { userId: actor.userId, role: actor.role },
  now: request.now,
  ...(reason === undefined ? {} : { reason }),
});

const optionsOf = (request: CommandRequestContext) => ({
  correlationId: request.correlationId,
  ...(request.expectedRevision === undefined ? {} : { expectedRevision: request.expectedRevision }),
});

/** Accounts, roles and passwords: the admin's work (the auditor may read). */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  @CommandRoute('ProvisionUser', 'Provision a user with roles and a first password')
  provision(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Body() body: ProvisionUserDto): Promise<CommandOutcome> {
    return this.identity.provision(
      { type: 'ProvisionUser', data: { userId: body.userId, name: body.name, grants: body.grants.map(grantOf) }, meta: metaOf(actor, request, body.reason) },
      body.password,
      { correlationId: request.correlationId },
    );
  }

  @Get()
  @ReadRoute('ListUsers', 'Every account with its roles (disabled ones too)')
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<readonly User[]> {
    return this.identity.listUsers();
  }

  @Get('raters')
  @ReadRoute('ListRaterCandidates', 'The active accounts that may rate units (leaders and committee members), for assigning raters')
  @ApiOkResponse({ type: [RaterCandidateDto] })
  async raterCandidates(): Promise<RaterCandidateDto[]> {
    const users = await this.identity.listUsers();
    return users.flatMap((user) => {
      const roles = [...new Set(user.grants.map((grant) => grant.role).filter((role) => RATING_ROLES.includes(role)))];
      return user.status === 'active' && roles.length > 0 ? [{ userId: user.userId, name: user.name, roles }] : [];
    });
  }

  @Get(':userId')
  @ReadRoute('ListUsers', 'One account with its roles')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('userId') userId: string): Promise<User> {
    return this.identity.user(userId);
  }

  @Post(':userId/grants')
  @CommandRoute('GrantRole', 'Grant a role (in its scope) to a user')
  grant(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('userId') userId: string, @Body() body: ChangeGrantDto): Promise<CommandOutcome> {
    return this.identity.execute({ type: 'GrantRole', data: { userId, grant: grantOf(body) }, meta: metaOf(actor, request, body.reason) }, optionsOf(request));
  }

  @Delete(':userId/grants')
  @CommandRoute('RevokeRole', "Revoke a role from a user (its tokens for that role stop working at once)")
  revoke(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('userId') userId: string, @Body() body: ChangeGrantDto): Promise<CommandOutcome> {
    return this.identity.execute({ type: 'RevokeRole', data: { userId, grant: grantOf(body) }, meta: metaOf(actor, request, body.reason) }, optionsOf(request));
  }

  @Post(':userId/disable')
  @CommandRoute('DisableUser', 'Disable an account (it can no longer sign in; its tokens stop working)')
  disable(@CurrentActor() actor: ActingUser, @CommandRequest() request: CommandRequestContext, @Param('userId') userId: string, @Body() body: DisableUserDto): Promise<CommandOutcome> {
    return this.identity.execute({ type: 'DisableUser', data: { userId }, meta: metaOf(actor, request, body.reason) }, optionsOf(request));
  }

  @Put(':userId/password')
  @HttpCode(204)
  @ReadRoute('ResetPassword', "Set a user's password (kept outside the event log)")
  @ApiNoContentResponse({ description: 'Set' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async resetPassword(@CurrentActor() actor: ActingUser, @Param('userId') userId: string, @Body() body: ResetPasswordDto): Promise<void> {
    await this.identity.resetPassword(actor, userId, body.password);
  }
}
