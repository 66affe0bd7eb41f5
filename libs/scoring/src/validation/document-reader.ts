import { type Dec, toDecimal } from '../decimal/decimal';
import type { Label } from '../scheme/scheme.model';
import { isSchemeId } from '../scheme/scheme-id';
import { type ProblemCode, type SchemeProblem, problem } from './scheme-problem';

export type Fields = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const at = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
export const atIndex = (path: string, index: number): string => `${path}[${index}]`;

type Required = Readonly<{ required?: boolean }>;

/**
 * Reads an already-parsed document field by field, recording every problem with its path and
 * carrying on, so that one pass lists them all.
 */
export class DocumentReader {
  readonly problems: SchemeProblem[] = [];

  report(code: ProblemCode, path: string, params?: Readonly<Record<string, string>>): void {
    this.problems.push(problem(code, path, params));
  }

  /** The value as an object whose keys are all known, or undefined (reported). */
  object(value: unknown, path: string, known: readonly string[]): Fields | undefined {
    if (!isRecord(value)) {
      this.report('not-an-object', path);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.report('unknown-field', at(path, key), { field: key });
    }
    return value;
  }

  private present(fields: Fields, key: string, path: string, options: Required): boolean {
    if (fields[key] !== undefined && fields[key] !== null) return true;
    if (options.required === true) this.report('required', at(path, key), { field: key });
    return false;
  }

  list(fields: Fields, key: string, path: string, options: Required & { nonEmpty?: boolean } = {}): readonly unknown[] {
    if (!this.present(fields, key, path, options)) return [];
    const value = fields[key];
    if (!Array.isArray(value)) {
      this.report('not-a-list', at(path, key));
      return [];
    }
    if (options.nonEmpty === true && value.length === 0) this.report('empty-list', at(path, key));
    return value;
  }

  record(fields: Fields, key: string, path: string, options: Required = {}): Fields | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    const value = fields[key];
    if (!isRecord(value)) {
      this.report('not-an-object', at(path, key));
      return undefined;
    }
    return value;
  }

  string(fields: Fields, key: string, path: string, options: Required = {}): string | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
    this.report('wrong-type', at(path, key), { zh: '非空文本', en: 'a non-empty text' });
    return undefined;
  }

  /** An identifier; a missing or malformed one reads as '' so that reading can go on. */
  id(fields: Fields, key: string, path: string): string {
    const value = this.string(fields, key, path, { required: true });
    if (value === undefined) return '';
    if (!isSchemeId(value)) this.report('bad-id', at(path, key), { value });
    return value;
  }

  idList(fields: Fields, key: string, path: string, options: Required = {}): readonly string[] | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    return this.list(fields, key, path).map((item, index) => {
      if (typeof item === 'string' && item !== '') return item;
      this.report('wrong-type', atIndex(at(path, key), index), { zh: '标识', en: 'an id' });
      return '';
    });
  }

  label(fields: Fields, key: string, path: string, options: Required = {}): Label | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    return this.labelValue(fields[key], at(path, key));
  }

  labelValue(value: unknown, path: string): Label | undefined {
    if (typeof value === 'string' && value.trim() !== '') return { 'zh-CN': value, en: value };
    const fields = this.object(value, path, ['zh-CN', 'en']);
    if (fields === undefined) return undefined;
    const zh = this.string(fields, 'zh-CN', path, { required: true }) ?? '';
    const en = this.string(fields, 'en', path) ?? zh;
    return { 'zh-CN': zh, en };
  }

  decimal(fields: Fields, key: string, path: string, options: Required & { nonNegative?: boolean } = {}): Dec | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    return this.decimalValue(fields[key], at(path, key), options);
  }

  decimalValue(value: unknown, path: string, options: { nonNegative?: boolean } = {}): Dec | undefined {
    const decimal = toDecimal(value);
    if (decimal === undefined) {
      this.report('not-a-decimal', path, { value: String(value) });
      return undefined;
    }
    if (options.nonNegative === true && decimal.isNeg()) {
      this.report('negative', path, { value: decimal.toString() });
    }
    return decimal;
  }

  integer(fields: Fields, key: string, path: string, options: Required & { min?: number } = {}): number | undefined {
    if (!this.present(fields, key, path, options)) return undefined;
    const value = fields[key];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.report('not-an-integer', at(path, key), { value: String(value) });
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.report('out-of-range', at(path, key), { value: String(value), range: `≥ ${options.min}` });
    }
    return value;
  }

  boolean(fields: Fields, key: string, path: string): boolean {
    const value = fields[key];
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    this.report('wrong-type', at(path, key), { zh: 'true 或 false', en: 'true or false' });
    return false;
  }

  oneOf<T extends string>(fields: Fields, key: string, path: string, allowed: readonly T[], options: Required = {}): T | undefined {
    const value = this.string(fields, key, path, options);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) {
      this.report('out-of-range', at(path, key), { value, range: allowed.join(' | ') });
    }
    return match;
  }
}
