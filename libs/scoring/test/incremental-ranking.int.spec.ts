import { type Fact, type SchemeDocument, rankScoredUnits, scoreCategory, scoreUnitsOfCategory } from '@kaoping/scoring';
import fc from 'fast-check';
import { categoryFacts } from './arbitrary-facts';
import { SEED_SCHEME_FILES, loadScheme, schemeDocument } from './scheme-files';

// Units scored apart (in any grouping) and ranked together from their kept scores give exactly
// what scoring the whole category gives: totals, ranks with ties, grades with quotas, vetoes,
// flags (last places, quota filled, missing inputs), explanations and warnings. Live scores rely
// on it to score again only the units a batch changed.

const RUNS = { numRuns: 12, seed: 20261130 } as const;

describe.each(SEED_SCHEME_FILES.map((file) => [file]))('seed scheme %s', (file) => {
  const document = schemeDocument(file) as SchemeDocument;
  const scheme = loadScheme(file);

  it.each(document.categories.map((category) => [category.id, category]))('category %s: scored in two groups and ranked together = scored whole', (categoryId, category) => {
    fc.assert(
      fc.property(
        categoryFacts(document, category, 12),
        fc.infiniteStream(fc.boolean()),
        fc.constantFrom(undefined, `${document.cycle ?? 2026}-03-31T12:00:00.000Z`, `${(document.cycle ?? 2026) + 1}-12-31T12:00:00.000Z`),
        (facts, sides, asOf) => {
          const units = [...new Set(facts.map((fact) => fact.unitId))].sort().map((id) => ({ id, name: `名 ${id}` }));
          const split = units.map(() => sides.next().value === true);
          const group = (side: boolean): Readonly<{ units: typeof units; facts: readonly Fact[] }> => {
            const chosen = units.filter((_, at) => split[at] === side);
            const ids = new Set(chosen.map((unit) => unit.id));
            return { units: chosen, facts: facts.filter((fact) => ids.has(fact.unitId)) };
          };
          const at = asOf === undefined ? {} : { asOf };
          const first = scoreUnitsOfCategory({ scheme, categoryId, ...group(true), ...at });
          const second = scoreUnitsOfCategory({ scheme, categoryId, ...group(false), ...at });
          expect(second.clockKey).toBe(first.clockKey);
          const ranked = rankScoredUnits({ scheme, categoryId, units: [...second.units, ...first.units], warnings: first.warnings, ...at });
          expect(ranked).toEqual(scoreCategory({ scheme, categoryId, units, facts, ...at }));
        },
      ),
      RUNS,
    );
  });
});
