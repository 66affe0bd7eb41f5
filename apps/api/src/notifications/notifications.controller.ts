import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Module, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { InvalidInput, NotFound, RuleViolated } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import {
  NOTIFICATION_OUTBOX,
  NOTIFICATION_WEBHOOKS,
  ScheduleModule,
  isWebhookUrl,
  type Notification,
  type NotificationOutbox,
  type NotificationWebhook,
  type NotificationWebhooks,
  type WebhookDelivery,
} from '@kaoping/schedule';
import { Action, CurrentActor } from '../auth/auth.decorators';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { preferredLang } from '../i18n/accept-language';
import { NotificationDto } from '../reads/responses.dto';
import { NotificationDeliveriesQueryDto, NotificationWebhookDto, NotificationsQueryDto, SetNotificationWebhookDto, WebhookDeliveryDto } from './notifications.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    @Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox,
    @Inject(NOTIFICATION_WEBHOOKS) private readonly webhooks: NotificationWebhooks,
  ) {}

  @Get('notifications')
  @Action('ListNotifications')
  @ApiOperation({ summary: "The current user's notifications: reminders, overdue items, escalations (newest first), each with whether they read it" })
  @ApiOkResponse({ type: [NotificationDto], description: 'Up to 100 notifications addressed to the user, their role, unit or provider' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'zh-CN (default) or en: the language of each message' })
  list(
    @CurrentActor() actor: ActingUser,
    @Query() query: NotificationsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<readonly Notification[]> {
    const lang = preferredLang(acceptLanguage);
    response.setHeader('Content-Language', lang);
    response.vary('Accept-Language');
    return this.outbox.listFor(actor, { lang, ...(query.filter === undefined ? {} : { filter: query.filter }) });
  }

  @Post('notifications/:notificationId/read')
  @HttpCode(204)
  @Action('MarkNotificationRead')
  @ApiOperation({ summary: 'Mark a notification addressed to you read (for you alone; again: nothing changes)' })
  @ApiNoContentResponse({ description: 'Marked read' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'notification-not-found: no such notification addressed to you' })
  async markRead(@CurrentActor() actor: ActingUser, @Param('notificationId') notificationId: string): Promise<void> {
    if (!(await this.outbox.markRead(actor, notificationId, new Date()))) {
      throw new NotFound({ code: 'notification-not-found', message: `no notification ${notificationId} addressed to you` });
    }
  }

  @Get('notification-webhooks')
  @Action('ManageNotificationWebhooks')
  @ApiOperation({ summary: 'The robot webhooks notifications are delivered to, per person or group (office, admin)' })
  @ApiOkResponse({ type: [NotificationWebhookDto] })
  listWebhooks(): Promise<readonly NotificationWebhook[]> {
    return this.webhooks.list();
  }

  @Put('notification-webhooks')
  @Action('ManageNotificationWebhooks')
  @ApiOperation({ summary: 'Set (or replace) the robot webhook of a person or group: notices from now on are also POSTed to it as {"msgtype":"text",…}' })
  @ApiOkResponse({ type: NotificationWebhookDto })
  async setWebhook(@CurrentActor() actor: ActingUser, @Body() body: SetNotificationWebhookDto): Promise<NotificationWebhook> {
    // class-validator takes a few forms WHATWG URL parsing does not; the delivery uses the latter.
    if (!isWebhookUrl(body.url)) {
      throw new InvalidInput({ code: 'invalid-input', message: 'url is an http(s) URL', details: [{ path: 'url', rule: 'isUrl', message: 'url is an http(s) URL' }] });
    }
    const webhook = { address: body.address, url: body.url, setBy: actor.userId, setAt: new Date().toISOString() };
    await this.webhooks.set(webhook);
    return webhook;
  }

  @Delete('notification-webhooks/:address')
  @HttpCode(204)
  @Action('ManageNotificationWebhooks')
  @ApiOperation({ summary: 'Remove the robot webhook of a person or group' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'webhook-not-found' })
  async removeWebhook(@Param('address') address: string): Promise<void> {
    if (!(await this.webhooks.remove(address))) throw new NotFound({ code: 'webhook-not-found', message: `no webhook for ${address}` });
  }

  @Get('notification-deliveries')
  @Action('ManageNotificationWebhooks')
  @ApiOperation({ summary: "Deliveries of notices to robot webhooks, newest first (100): pending, delivered, or failed (out of tries: retry them) with the last error" })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  listDeliveries(@Query() query: NotificationDeliveriesQueryDto): Promise<readonly WebhookDelivery[]> {
    return this.webhooks.deliveries(query.status === undefined ? {} : { status: query.status });
  }

  @Post('notification-deliveries/:deliveryId/retry')
  @HttpCode(200)
  @Action('ManageNotificationWebhooks')
  @ApiOperation({ summary: 'Retry a failed delivery (one that used all its tries): a fresh round of tries, the same body and id; who and when are kept' })
  @ApiOkResponse({ type: WebhookDeliveryDto, description: 'The delivery, pending again' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'delivery-not-found' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'delivery-not-failed: it is delivered, or still being tried' })
  async retryDelivery(@CurrentActor() actor: ActingUser, @Param('deliveryId') deliveryId: string): Promise<WebhookDelivery> {
    const retry = await this.webhooks.retry(deliveryId, { userId: actor.userId, at: new Date().toISOString() });
    switch (retry.outcome) {
      case 'retried':
        return retry.delivery;
      case 'not-found':
        throw new NotFound({ code: 'delivery-not-found', message: `no webhook delivery ${deliveryId}` });
      case 'not-failed':
        throw new RuleViolated({ code: 'delivery-not-failed', message: `delivery ${deliveryId} is ${retry.status}: only a failed one is retried`, details: [{ path: 'deliveryId', rule: 'delivery-not-failed', message: `the delivery is ${retry.status}` }] });
      default: {
        const unhandled: never = retry;
        return unhandled;
      }
    }
  }
}

/** GET /notifications, and the phase schedule in this process when RUN_WORKER is true (embedded mode runs it here). */
@Module({
  imports: [ScheduleModule.forRoot({ process: 'api' })],
  controllers: [NotificationsController],
})
export class NotificationsModule {}
