import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class NotificationsQueryDto {
  @ApiPropertyOptional({ enum: ['all', 'unread'], description: "'unread': only those you have not marked read; 'all' (default)" })
  @IsOptional()
  @IsIn(['all', 'unread'])
  filter?: 'all' | 'unread';
}

export class SetNotificationWebhookDto {
  @ApiProperty({ example: 'provider:finance-bureau', description: 'A person (user:<id>) or a group: role:<role>, unit:<id>, provider:<id>' })
  @IsString()
  @MaxLength(140)
  @Matches(/^(user|role|unit|provider):[^\s:]+$/, { message: '$property is user:<id>, role:<role>, unit:<id> or provider:<id>' })
  address!: string;

  @ApiProperty({ example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…', description: 'The robot webhook (WeCom 企业微信 or DingTalk 钉钉 group robot): an http(s) URL' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: '$property is an http(s) URL' })
  url!: string;
}

export class NotificationWebhookDto {
  @ApiProperty({ example: 'provider:finance-bureau' }) address!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ description: 'Who set it (user id)' }) setBy!: string;
  @ApiProperty() setAt!: string;
}

export class NotificationDeliveriesQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'], description: "'failed': out of tries, waiting for someone to retry; default: every status" })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: 'pending' | 'delivered' | 'failed';
}

export class WebhookDeliveryDto {
  @ApiProperty({ example: 'ev-1:provider:finance-bureau>webhook', description: 'Stable: the robot message carries it (通知编号) and the x-kaoping-delivery-id header' }) id!: string;
  @ApiProperty() notificationId!: string;
  @ApiProperty({ example: 'provider:finance-bureau' }) address!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ description: 'The JSON body POSTed on every try' }) body!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], description: 'failed: every try of its last round failed; retry it to try again' }) status!: 'pending' | 'delivered' | 'failed';
  @ApiProperty({ example: 8, description: 'Tries made, over every round' }) attempts!: number;
  @ApiPropertyOptional() deliveredAt?: string;
  @ApiPropertyOptional({ description: 'When the last try of its round failed' }) failedAt?: string;
  @ApiPropertyOptional({ example: 'HTTP 502', description: 'Why the last try failed' }) lastError?: string;
  @ApiProperty({ example: 0, description: 'How many times the office or an admin retried it' }) retries!: number;
  @ApiPropertyOptional({ description: 'Who retried it last (user id)' }) retriedBy?: string;
  @ApiPropertyOptional() retriedAt?: string;
}
