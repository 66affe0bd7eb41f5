import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdentityService, type ActingUser } from '@kaoping/identity';
import { CurrentActor } from '../auth/auth.decorators';
import { API_ROLE_TABLE } from '../auth/role-table';
import { ReadRoute } from '../commands/command-route.decorator';
import { MeDto } from './reads.dto';

/** Who I am: the role this token acts in, every role I hold, and what this role may do (the console shows its menu from it). */
@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly identity: IdentityService) {}

  @Get()
  @ReadRoute('ReadOwnAccount', 'Me: display name, the role and scope this token acts in, every grant I hold, and the actions this role may perform')
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: ActingUser): Promise<MeDto> {
    const user = await this.identity.user(actor.userId);
    const actions = Object.entries(API_ROLE_TABLE)
      .filter(([, roles]) => roles.includes(actor.role) || roles.includes('*'))
      .map(([action]) => action)
      .sort();
    return {
      userId: actor.userId,
      name: user.name,
      role: actor.role,
      ...(actor.unitId === undefined ? {} : { unitId: actor.unitId }),
      ...(actor.providerId === undefined ? {} : { providerId: actor.providerId }),
      grants: user.grants.map((grant) => ({ ...grant })),
      actions,
    };
  }
}
