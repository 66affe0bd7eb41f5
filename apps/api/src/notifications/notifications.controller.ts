import { Controller, Get, Headers, Inject, Module, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ActingUser } from '@kaoping/identity';
import { NOTIFICATION_OUTBOX, ScheduleModule, type Notification, type NotificationOutbox } from '@kaoping/schedule';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { preferredLang } from '../i18n/accept-language';
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
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'zh-CN (default) or en: the language of each message' })
  list(
    @CurrentActor() actor: ActingUser,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<readonly Notification[]> {
    const lang = preferredLang(acceptLanguage);
    response.setHeader('Content-Language', lang);
    response.vary('Accept-Language');
    return this.outbox.listFor(actor, { lang });
  }
}

/** GET /notifications, and the phase schedule in this process when RUN_WORKER is true (embedded mode runs it here). */
@Module({
  imports: [ScheduleModule.forRoot({ process: 'api' })],
  controllers: [NotificationsController],
})
export class NotificationsModule {}
