import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CategoryResult,
  type FactsDocument,
  type UnitResult,
  type ValidScheme,
  parseDocumentText,
  parseScheme,
  readFactsDocument,
  scoreCategory,
} from '@kaoping/scoring';

/** The repository's schemes/ folder. */
export const SCHEMES_DIR = join(__dirname, '..', '..', '..', 'schemes');

export const SEED_SCHEME_FILES = [
  's1-sichuan-2014.yaml',
  's2-jiangsu-2011.yaml',
  's3-zhengding.yaml',
  's4-qitai-four-level.yaml',
  's5-shanghang-township.yaml',
  's6-city-organs.yaml',
  's7-tantou-township.yaml',
  's8-xunyang-znsx.yaml',
  's9-budget-performance.yaml',
] as const;

const parsedText = (file: string): unknown => {
  const text = parseDocumentText(readFileSync(join(SCHEMES_DIR, file), 'utf8'), file.endsWith('.json') ? 'json' : 'yaml');
  if (!text.ok) throw new Error(`${file}:${text.error.line}:${text.error.column} ${text.error.message}`);
  return text.value;
};

/** A shipped scheme file as parsed YAML (before validation). */
export const schemeDocument = (file: string): unknown => parsedText(file);

/** A shipped scheme file, validated; fails loudly with every problem. */
export const loadScheme = (file: string): ValidScheme => {
  const parsed = parseScheme(parsedText(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((problem) => `${problem.path} ${problem.message.en}`).join('; ')}`);
  return parsed.scheme;
};

/** A shipped facts file under schemes/examples. */
export const loadFacts = (file: string): FactsDocument => {
  const read = readFactsDocument(parsedText(join('examples', file)));
  if (!read.ok) throw new Error(`${file}: ${read.problems.map((problem) => `${problem.path} ${problem.message.en}`).join('; ')}`);
  return read.document;
};

/** Scores one category of a shipped example. */
export const scoreExample = (input: Readonly<{ scheme: string; facts: string; category: string }>): CategoryResult => {
  const document = loadFacts(input.facts);
  return scoreCategory({
    scheme: loadScheme(input.scheme),
    categoryId: input.category,
    units: document.units.filter((unit) => unit.category === input.category),
    facts: document.facts,
    ...(document.cycleYear === undefined ? {} : { cycleYear: document.cycleYear }),
  });
};

/** One unit's result by its id. */
export const unitOf = (result: CategoryResult, unitId: string): UnitResult => {
  const unit = result.units.find((candidate) => candidate.unitId === unitId);
  if (unit === undefined) throw new Error(`no unit ${unitId} in the result`);
  return unit;
};

/** The shown value of a part by id. */
export const partOf = (unit: UnitResult, partId: string): string => {
  const part = unit.parts.find((candidate) => candidate.id === partId);
  if (part === undefined) throw new Error(`no part ${partId} for ${unit.unitId}`);
  return part.shown;
};
