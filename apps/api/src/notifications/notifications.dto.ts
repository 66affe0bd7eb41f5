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
