import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { PATTERN_TEXTS, type Params } from '../i18n/error-texts';
import type { ErrorDetail } from './error-body';
import { unstorableTextIn } from './input-safety';
import type { RaisedDetail } from './localized-error';

/**
 * The limits a broken class-validator rule was declared with (MaxLength(200) → { max: '200' }),
 * read from the DTO's metadata, for the texts of the error catalog; a pattern (Matches) is named
 * by what it stands for.
 */
function constraintParams(target: object | undefined, property: string, rule: string): Params {
  if (target === undefined) return {};
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && metadata.name === rule);
  const [first] = declared?.constraints ?? [];
  switch (rule) {
    case 'maxLength':
    case 'arrayMaxSize':
    case 'max':
      return { max: String(first) };
    case 'minLength':
    case 'arrayMinSize':
    case 'min':
      return { min: String(first) };
    case 'isIn':
      return Array.isArray(first) ? { values: first.map(String).join(', ') } : {};
    case 'matches': {
      const format = first instanceof RegExp ? PATTERN_TEXTS[first.source] : undefined;
      return format === undefined ? {} : { format };
    }
    default:
      return {};
  }
}

/** Flattens class-validator's tree into one detail per broken rule, with a dotted/indexed path. */
export function detailsOf(errors: readonly ValidationError[], parent = ''): RaisedDetail[] {
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
      params: constraintParams(error.target, error.property, rule),
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
      // The target (the DTO instance) is read for the rules' limits only; it is never sent back.
      validationError: { target: true, value: false },
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
