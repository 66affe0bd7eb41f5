import { HttpCode, UseInterceptors, applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Action } from '../auth/auth.decorators';
import { rolesAllowedTo } from '../auth/role-table';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { CommandAcceptedDto, CommandResponseInterceptor } from './command-response';

/** Documents the headers, answers and role of a route that records a command; sets 201 and the response shape. */
export const CommandRoute = (action: string, summary: string): MethodDecorator =>
  applyDecorators(
    Action(action),
    HttpCode(201),
    UseInterceptors(CommandResponseInterceptor),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `Command ${action}. Roles: ${(rolesAllowedTo(action) ?? []).join(', ') || '(none)'}.` }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused.',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved.' }),
    ApiCreatedResponse({ type: CommandAcceptedDto, description: 'Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true)' }),
    ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid input: every broken rule with its field path; nothing recorded' }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'No token, or a bad, expired or revoked one; nothing recorded' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The role (or its unit/provider scope) may not do this; nothing recorded' }),
    ApiNotFoundResponse({ type: ErrorBodyDto, description: 'What the command names does not exist; nothing recorded' }),
    ApiConflictResponse({
      type: ErrorBodyDto,
      description: 'A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request',
    }),
  );

/** Documents a read or self-service route: its action in the role table and the error answers. */
export const ReadRoute = (action: string, summary: string): MethodDecorator =>
  applyDecorators(
    Action(action),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `Roles: ${(rolesAllowedTo(action) ?? []).join(', ')}.` }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'No token, or a bad, expired or revoked one' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The role may not do this' }),
  );
