import { Controller, Get, Inject, Module } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ActingUser } from '@kaoping/identity';
import { NOTIFICATION_OUTBOX, ScheduleModule, type Notification, type NotificationOutbox } from '@kaoping/schedule';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { NotificationDto } from '../reads/responses.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox) {}

  @Get()
  @Action('ListNotifications')
  @ApiOperation({ summary: "The current user's notifications: reminders, overdue items, escalations (newest first)" })
  @ApiOkResponse({ type: [NotificationDto], description: 'Up to 100 notifications addressed to the user, their role, unit or provider' })
  list(@CurrentActor() actor: ActingUser): Promise<readonly Notification[]> {
    return this.outbox.listFor(actor);
  }
}

/** GET /notifications, and the phase schedule in this process when RUN_WORKER is true (embedded mode runs it here). */
@Module({
  imports: [ScheduleModule.forRoot({ process: 'api' })],
  controllers: [NotificationsController],
})
export class NotificationsModule {}
