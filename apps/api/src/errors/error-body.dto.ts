import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'grants[0].unitId', description: 'Field path (dotted, [index] for lists), or a header name' })
  path!: string;

  @ApiProperty({ example: 'scope-required', description: 'The rule that was broken' })
  rule!: string;

  @ApiProperty({ example: 'the unit-reporter role acts for one unit: give unitId' })
  message!: string;
}

/** The one shape of every error answer. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'invalid-input', description: 'What kind of refusal, precisely (invalid-input, unauthenticated, role-not-allowed, concurrency-conflict…)' })
  code!: string;

  @ApiProperty({ example: 'grants[0].unitId: the unit-reporter role acts for one unit: give unitId' })
  message!: string;

  @ApiPropertyOptional({
    description:
      'One entry per broken rule; for a concurrency conflict an object { streamId, expectedRevision, actualRevision, appendedSince[{eventId, type, revision, actorId, role, commandId, recordedAt}] }',
    type: [ErrorDetailDto],
  })
  details?: readonly ErrorDetailDto[];
}
