import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'grants[0].unitId', description: 'Field path (dotted, [index] for lists), or a header name' })
  path!: string;

  @ApiProperty({ example: 'scope-required', description: 'The rule that was broken' })
  rule!: string;

  @ApiProperty({ example: '字段 grants[0].unitId：此角色须指定所属单位或机构', description: 'In Chinese unless Accept-Language prefers English (see Content-Language)' })
  message!: string;
}

/** The one shape of every error answer. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'invalid-input', description: 'What kind of refusal, precisely (invalid-input, unauthenticated, role-not-allowed, concurrency-conflict…)' })
  code!: string;

  @ApiProperty({
    example: '字段 grants[0].unitId：此角色须指定所属单位或机构',
    description: 'In Chinese (zh-CN) by default, in English when Accept-Language prefers en; the answer says which in Content-Language. code, path and rule never change with the language.',
  })
  message!: string;

  @ApiPropertyOptional({
    description:
      'One entry per broken rule; for a concurrency conflict an object { streamId, expectedRevision, actualRevision, appendedSince[{eventId, type, revision, actorId, role, commandId, recordedAt}] }',
    type: [ErrorDetailDto],
  })
  details?: readonly ErrorDetailDto[];
}
