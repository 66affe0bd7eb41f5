import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from './error-body';
import { unstorableTextIn } from './input-safety';

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

/** A declared field of a DTO sent as `null` (absent fields are omitted, never null): one detail each. */
function nullFieldsIn(value: unknown, path = ''): ErrorDetail[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => nullFieldsIn(item, `${path}[${index}]`));
  // Only DTO instances: free-form JSON objects (a scheme document) keep their own rules.
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) === Object.prototype) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path === '' ? key : `${path}.${key}`;
    return item === null ? [{ path: at, rule: 'not-null', message: `${at} must not be null: omit a field that has no value` }] : nullFieldsIn(item, at);
  });
}

/**
 * The one pipe of the API: before anything else every text received (body, query, path, keys
 * included) must be storable (no NUL, no lone surrogate); then whitelist, forbid unknown fields,
 * transform to DTO classes, and refuse `null` for declared fields. Errors name the field and the rule.
 */
export class KaopingValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InvalidInputException(detailsOf(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const received = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    if (received) {
      const unstorable = unstorableTextIn(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (unstorable.length > 0) throw new InvalidInputException(unstorable);
    }
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body') {
      const nulls = nullFieldsIn(transformed);
      if (nulls.length > 0) throw new InvalidInputException(nulls);
    }
    return transformed;
  }
}

export const validationPipe = (): ValidationPipe => new KaopingValidationPipe();
