import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as classValidator from 'class-validator';
import { PROBLEM_CODES } from '@kaoping/scoring';
import { DYNAMIC_CODES, ERROR_TEXTS, hasErrorText, type ErrorTexts } from './error-texts';
import { LANGS } from './accept-language';

/**
 * Every code and rule the code base can put in an error body must have a Chinese and an English
 * text. The list is not kept by hand: it is read from the sources, so a new `code: '…'`, a new
 * `rule: '…'`, a new validation decorator or a new refusal helper call fails here until
 * error-texts.ts names it in both languages.
 */
const ROOT = join(__dirname, '../../../..');

/** Where errors that reach the API are raised (tests, benches and other apps' internals excluded). */
const SCANNED = [
  'apps/api/src',
  'libs/audit/src',
  'libs/evaluation/src',
  'libs/eventstore/src',
  'libs/identity/src',
  'libs/cycle-log/src',
  'libs/projections/src',
  'libs/spreadsheet/src',
  'libs/scoring/src/engine',
  'libs/scoring/src/persons',
  'libs/scoring/src/scheme',
];
// The scoring engine's notes on facts (ignored, overridden…) are explanation lines with their
// own zh-CN/en texts, not errors; so are the event-store contract's expectations (a test suite).
const NOT_ERRORS = [/libs\/scoring\/src\/engine\/(?!scoring-error)/, /libs\/eventstore\/src\/contract\//];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

type Found = Readonly<{ key: string; where: string }>;

/** Decorators whose constraint is not their name with a lower-case first letter (class-validator's names). */
const CONSTRAINT_NAMES: Readonly<Record<string, string>> = { IsISO8601: 'isIso8601', ValidateNested: 'nestedValidation' };

// Codes and rules are words joined by '-' (or a validator's camelCase name); a text with spaces is
// a message (InvalidConfigError's rules are sentences for the operator, not API errors).
const CODE_LIKE = /^[A-Za-z][\w.-]*$/;
const literalsIn = (expression: string): string[] => [...expression.matchAll(/'([^'\\]+)'/g)].map((m) => m[1] ?? '').filter((key) => CODE_LIKE.test(key));

/** Codes and rules written in one source file. */
export const codesAndRulesIn = (text: string, where: string): { found: Found[]; templates: Found[] } => {
  const found: Found[] = [];
  const templates: Found[] = [];
  const add = (key: string): void => {
    if (CODE_LIKE.test(key)) found.push({ key, where });
  };
  // code: 'x' / rule: 'x' / code: cond ? 'x' : 'y' (up to the end of the property)
  for (const m of text.matchAll(/\b(?:code|rule):\s*(`[^`]*`|[^,}\n]+)/g)) {
    const expression = m[1] ?? '';
    if (expression.startsWith('`')) {
      if (CODE_LIKE.test(expression.slice(1).split('$')[0] ?? '')) templates.push({ key: expression, where });
    }
    else literalsIn(expression).forEach(add);
  }
  // readonly code = 'concurrency-conflict' (an error class with one code)
  for (const m of text.matchAll(/\breadonly code = '([^']+)'/g)) add(m[1] ?? '');
  // Positional helpers: invalidField(path, 'rule', …) (identity), refuse('code', …),
  // unauthenticated('code', …), new ScoringError('code', …), new RequestRefused(415, 'code', …),
  // an event-store error's super('code', …).
  for (const m of text.matchAll(/\binvalidField\(\s*(?:'[^']*'|`[^`]*`|[\w.]+)\s*,\s*'([^']+)'/g)) add(m[1] ?? '');
  for (const m of text.matchAll(/\b(?:refuse|unauthenticated|forbidden|notFound|conflict)\(\s*'([^']+)'/g)) add(m[1] ?? '');
  for (const m of text.matchAll(/\bnew ScoringError\(\s*'([^']+)'/g)) add(m[1] ?? '');
  for (const m of text.matchAll(/\bnew RequestRefused\(\s*\d+\s*,\s*'([^']+)'/g)) add(m[1] ?? '');
  if (/extends EventStoreError/.test(text)) for (const m of text.matchAll(/\bsuper\(\s*'([^']+)'/g)) add(m[1] ?? '');
  // HTTP statuses named in a table (401: 'unauthenticated'), refusal reasons (reason: 'expired').
  for (const m of text.matchAll(/^\s*\d{3}: '([^']+)'/gm)) add(m[1] ?? '');
  for (const m of text.matchAll(/\bvalid: false, reason: '([^']+)'/g)) add(m[1] ?? '');
  // class-validator: each decorator's constraint name is its rule (IsString → isString), used with @ or composed.
  for (const m of text.matchAll(/\b(Is[A-Z]\w*|Max\w*|Min\w*|Matches|Array[A-Z]\w*|Length|ValidateNested)\(/g)) {
    const decorator = m[1] ?? '';
    // Only class-validator's own decorators (ArrayBuffer( is not one), also when composed in applyDecorators.
    if (decorator === 'IsOptional' || !Object.hasOwn(classValidator, decorator)) continue;
    add(CONSTRAINT_NAMES[decorator] ?? decorator[0]!.toLowerCase() + decorator.slice(1));
  }
  for (const m of text.matchAll(/\bValidateBy\(\s*\{\s*name:\s*'([^']+)'/g)) add(m[1] ?? '');
  return { found, templates };
};

const scan = (): { found: Found[]; templates: Found[] } => {
  const all = { found: [] as Found[], templates: [] as Found[] };
  for (const root of SCANNED) {
    for (const file of sourceFiles(join(ROOT, root))) {
      const where = relative(ROOT, file);
      if (NOT_ERRORS.some((pattern) => pattern.test(where))) continue;
      const { found, templates } = codesAndRulesIn(readFileSync(file, 'utf8'), where);
      all.found.push(...found);
      all.templates.push(...templates);
    }
  }
  return all;
};

const texts = (key: string): ErrorTexts | undefined => ERROR_TEXTS[key];

describe('every error code and rule has a Chinese and an English text', () => {
  const { found, templates } = scan();

  it('finds the codes and rules of the code base (the scan itself works)', () => {
    const keys = new Set(found.map((f) => f.key));
    // One of each way of raising, so a scan that silently stops matching fails here.
    for (const key of ['unit-exists', 'required', 'scope-required', 'invalid-credentials', 'isString', 'matches', 'isIso8601', 'nestedValidation', 'unsupported-media-type', 'wrong-expected-revision', 'concurrency-conflict', 'not-own-unit', 'recordOf']) {
      expect(keys).toContain(key);
    }
    expect(keys.size).toBeGreaterThan(150);
  });

  it('names each of them in zh-CN and en', () => {
    const missing = [...new Map(found.filter((f) => !hasErrorText(f.key)).map((f) => [f.key, f.where])).entries()].map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('knows every code or rule built from a template (`plan-${status}`), each expansion named', () => {
    const unknown = templates.filter((t) => !Object.keys(DYNAMIC_CODES).includes(t.key)).map((t) => `${t.key} (${t.where})`);
    expect(unknown).toEqual([]);
    for (const expansions of Object.values(DYNAMIC_CODES)) for (const key of expansions) expect(hasErrorText(key)).toBe(true);
  });

  it('has a non-empty text in each language, the Chinese one in Chinese, the same parameters in both', () => {
    for (const [key, entry] of Object.entries(ERROR_TEXTS)) {
      for (const lang of LANGS) expect(`${key}: ${entry[lang].trim()}`).not.toBe(`${key}: `);
      expect({ key, chinese: /[\u4e00-\u9fff]/.test(entry['zh-CN']) }).toEqual({ key, chinese: true });
      const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      if (key !== 'concurrency-conflict') expect({ key, params: params(entry.en) }).toEqual({ key, params: params(entry['zh-CN']) });
    }
  });

  it('leaves scheme problems their own texts (each carries zh-CN and en)', () => {
    // Their texts come with the problem (libs/scoring); the catalog need not repeat them.
    expect(PROBLEM_CODES.length).toBeGreaterThan(30);
    expect(texts('invalid-scheme')).toBeDefined();
  });
});
