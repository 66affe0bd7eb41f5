import { Inject, type OnModuleInit } from '@nestjs/common';
import type { RecordedEvent } from '@kaoping/eventstore';
import { IdentityService, USER_EVENT_TYPES } from '@kaoping/identity';
import { KAOPING_CONFIG, LogReaction, ReactsTo, runsBackgroundWork, type KaopingConfig } from '@kaoping/runtime';

/**
 * Every change to an account in the log, whoever made it (this process, another API, the CLI),
 * reaches the identity service, which then keeps the accounts it reads between requests. Only
 * where this process runs the reactions' feed (RUN_WORKER); elsewhere each request reads the account.
 */
@ReactsTo(...USER_EVENT_TYPES)
export class AccountChanges extends LogReaction implements OnModuleInit {
  constructor(
    private readonly identity: IdentityService,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    if (runsBackgroundWork('api', this.config)) this.identity.hearAccountChanges();
  }

  protected async react(event: RecordedEvent): Promise<void> {
    const { data } = event;
    const userId = typeof data === 'object' && data !== null && !Array.isArray(data) ? data['userId'] : undefined;
    if (typeof userId === 'string') this.identity.accountChanged(userId);
  }
}
