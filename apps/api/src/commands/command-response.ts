import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { CommandOutcome } from '@kaoping/cycle-log';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/** The answer to an accepted command: the same for the first request and every retry with its key. */
export class CommandAcceptedDto {
  @ApiProperty({ description: 'Ids of the events the command recorded, in order', example: ['0f8fad5b-d9cb-869f-a165-70867728950e'], type: [String] })
  eventIds!: readonly string[];

  @ApiProperty({ description: 'The stream they were appended to', example: 'unit-2026-xinchengpu' })
  streamId!: string;

  @ApiProperty({ description: "Revision of the command's last event in its stream (use it as If-Match next time)", example: 3, nullable: true, type: Number })
  revision!: number | null;

  @ApiProperty({ description: "Global position of the command's last event, as a decimal string", example: '1024', nullable: true, type: String })
  position!: string | null;
}

export const toCommandAccepted = (outcome: CommandOutcome): CommandAcceptedDto => ({
  eventIds: outcome.eventIds,
  streamId: outcome.streamId,
  revision: outcome.revision,
  position: outcome.position,
});

const isOutcome = (value: unknown): value is CommandOutcome =>
  typeof value === 'object' && value !== null && 'eventIds' in value && 'streamId' in value && 'replayed' in value;

/**
 * Renders a {@link CommandOutcome}: the body without `replayed` (a retry's body is the first
 * one's), `Idempotent-Replayed: true|false` and `ETag: "<revision>"` headers.
 */
@Injectable()
export class CommandResponseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((value: unknown) => {
        if (!isOutcome(value)) return value;
        response.setHeader('Idempotent-Replayed', String(value.replayed));
        if (value.revision !== null) response.setHeader('ETag', `"${value.revision}"`);
        return toCommandAccepted(value);
      }),
    );
  }
}
