import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CategoryDocument, type CategoryResult, type SchemeDocument, rankScoredUnits, scoreCategory, scoreUnitsOfCategory } from '@kaoping/scoring';
import fc from 'fast-check';
import { categoryFacts } from './arbitrary-facts';
import { SEED_SCHEME_FILES, loadFacts, loadScheme, schemeDocument } from './scheme-files';

// What the API serves, the CLI writes and the audit links to events is a category's result as JSON,
// explanation trees included. The engine may hold a tree however it likes (it writes one when it is
// first read); the JSON stays byte for byte what it was. Pinned by the SHA-256 of each result's JSON
// (explanation-json.sha256.json, about 1.3 MB of JSON in all): the worked examples, and one seeded
// draw of facts per seed scheme and category at mid-year (scored, pending, missing and awaiting
// sign-off inputs; values with no finite decimal form).

const PINNED = JSON.parse(readFileSync(join(__dirname, 'explanation-json.sha256.json'), 'utf8')) as Record<string, string>;

const digest = (result: CategoryResult): string => createHash('sha256').update(JSON.stringify(result)).digest('hex');

const EXAMPLES = [
  ['s1-sichuan-2014.yaml', 'w1-sichuan-department.facts.yaml'],
  ['s2-jiangsu-2011.yaml', 'w2-jiangsu-department.facts.yaml'],
  ['s3-zhengding.yaml', 'w3-zhengding-townships.facts.yaml'],
  ['s6-city-organs.yaml', 'w4-city-organs.facts.yaml'],
  ['s5-shanghang-township.yaml', 'w5-shanghang-township.facts.yaml'],
  ['s8-xunyang-znsx.yaml', 'w8-xunyang-district-departments.facts.yaml'],
] as const;

const exampleCases = EXAMPLES.flatMap(([schemeFile, factsFile]) => {
  const document = loadFacts(factsFile);
  return [...new Set(document.units.map((unit) => unit.category))].map((categoryId) => ({
    key: `${factsFile} ${categoryId}`,
    score: (): CategoryResult =>
      scoreCategory({
        scheme: loadScheme(schemeFile),
        categoryId,
        units: document.units.filter((unit) => unit.category === categoryId),
        facts: document.facts,
        ...(document.cycleYear === undefined ? {} : { cycleYear: document.cycleYear }),
      }),
  }));
});

const seededCases = SEED_SCHEME_FILES.flatMap((file) => {
  const document = schemeDocument(file) as SchemeDocument;
  return (document.categories as readonly CategoryDocument[]).map((category) => ({
    key: `${file} ${category.id}`,
    score: (): CategoryResult => {
      const [facts] = fc.sample(categoryFacts(document, category, 3), { seed: 20261201, numRuns: 1 });
      return scoreCategory({ scheme: loadScheme(file), categoryId: category.id, facts: facts ?? [], asOf: `${document.cycle ?? 2026}-07-31T12:00:00.000Z` });
    },
  }));
});

describe('a category result as JSON, explanations included', () => {
  it('pins every case it scores', () => {
    expect([...exampleCases, ...seededCases].map((entry) => entry.key).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each([...exampleCases, ...seededCases].map((entry) => [entry.key, entry]))('%s is the JSON it was', (key, entry) => {
    expect(digest(entry.score())).toBe(PINNED[key]);
  });
});

describe('an explanation tree written when first read', () => {
  const document = loadFacts('w3-zhengding-townships.facts.yaml');
  const scheme = loadScheme('s3-zhengding.yaml');
  const input = {
    scheme,
    categoryId: 'townships',
    units: document.units.filter((unit) => unit.category === 'townships'),
    facts: document.facts,
    ...(document.cycleYear === undefined ? {} : { cycleYear: document.cycleYear }),
  };

  it('is the same object each time it is read, and reading it adds no warning', () => {
    const result = scoreCategory(input);
    const warnings = JSON.stringify(result.warnings);
    const [unit] = result.units;
    if (unit === undefined) throw new Error('no unit scored');
    expect(unit.explanation).toBe(unit.explanation);
    expect(unit.explanation.kind).toBe('total');
    expect(unit.explanation.shown).toBe(unit.total);
    for (const other of result.units) JSON.stringify(other);
    expect(JSON.stringify(result.warnings)).toBe(warnings);
  });

  it('is the tree scoring the whole category gives, for units scored one by one and ranked', () => {
    const scored = scoreUnitsOfCategory(input);
    const ranked = rankScoredUnits({ scheme, categoryId: 'townships', units: scored.units, warnings: scored.warnings });
    expect(JSON.stringify(ranked)).toBe(JSON.stringify(scoreCategory(input)));
    // Spread or destructured, a unit result carries its tree as data.
    const [unit] = ranked.units;
    if (unit === undefined) throw new Error('no unit scored');
    expect({ ...unit }.explanation).toBe(unit.explanation);
  });
});
