import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from './error-body';

/** Flattens class-validator's tree into one detail per broken rule, with a dotted/indexed path. */
export function detailsOf(errors: readonly ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      path,
      rule: rule === 'whitelistValidation' ? 'unknown-field' : rule,
      message: rule === 'whitelistValidation' ? `${path} is not a known field` : message,
    }));
    return [...own, ...detailsOf(error.children ?? [], path)];
  });
}

export class InvalidInputException extends BadRequestException {
  constructor(readonly details: readonly ErrorDetail[]) {
    super(details.map((d) => d.message).join('; '));
  }
}

/** Whitelist, forbid unknown fields, transform to DTO classes; errors name the field and the rule. */
export const validationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(detailsOf(errors)),
  });
