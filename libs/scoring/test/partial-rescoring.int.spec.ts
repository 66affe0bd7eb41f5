import { type Fact, type KeptUnits, type SchemeDocument, parseScheme, rankScoredUnits, scoreUnitsOfCategory } from '@kaoping/scoring';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { categoryFacts } from './arbitrary-facts';
import { SEED_SCHEME_FILES, loadScheme, schemeDocument } from './scheme-files';

// Live scores keep each unit's score between batches and score a unit again only in the
// indicators its new facts touch (partial-rescoring.ts). Whatever came since (values, corrections
// of any kind of fact, revocations, bonuses and vetoes of the whole unit, facts recorded after the
// moment, the moment moving on), a unit scored again in part and ranked with the others gives
// exactly what scoring every unit whole at the new moment gives: totals (approximations past 2^53
// included), parts, flags, grades, warnings.

const RUNS = { numRuns: 20, seed: 20261203 } as const;

type Step = Readonly<{ kind: 'correct' | 'revoke'; target: number; late: boolean }>;

/** New facts after the first scoring: corrections and revocations of earlier facts, some recorded after the later moment. */
const laterFacts = (earlier: readonly Fact[], steps: readonly Step[], times: Readonly<{ later: string; afterLater: string }>): readonly Fact[] =>
  steps.flatMap((step, at): Fact[] => {
    const target = earlier[step.target % Math.max(1, earlier.length)];
    if (target === undefined || target.type === 'FactRevoked') return [];
    const recordedAt = step.late ? times.afterLater : times.later;
    const id = `later-${at}`;
    if (step.kind === 'revoke') return [{ type: 'FactRevoked', id, unitId: target.unitId, revokes: target.id, recordedAt }];
    if (target.type === 'DataSubmitted') return [{ ...target, id, supersedes: target.id, value: new Decimal(target.value).plus('1.37').toString(), recordedAt }];
    return [{ ...target, id, supersedes: target.id, recordedAt } as Fact];
  });

describe.each(SEED_SCHEME_FILES.map((file) => [file]))('seed scheme %s', (file) => {
  const document = schemeDocument(file) as SchemeDocument;
  const scheme = loadScheme(file);
  const year = document.cycle ?? 2026;
  const times = {
    first: `${year}-02-01T00:00:00.000Z`,
    asOf: `${year}-03-31T12:00:00.000Z`,
    between: `${year}-05-01T00:00:00.000Z`,
    later: `${year}-06-01T00:00:00.000Z`,
    asOfLater: `${year}-06-30T12:00:00.000Z`,
    afterLater: `${year}-08-01T00:00:00.000Z`,
  };

  it.each(document.categories.map((category) => [category.id, category]))('category %s: scored again in part = scored whole', (categoryId, category) => {
    let inPart = 0;
    fc.assert(
      fc.property(
        categoryFacts(document, category, 4),
        fc.array(fc.record({ kind: fc.constantFrom<Step['kind']>('correct', 'correct', 'revoke'), target: fc.nat(), late: fc.boolean() }), { maxLength: 6 }),
        fc.infiniteStream(fc.boolean()),
        fc.boolean(),
        (generated, steps, between, moves) => {
          // Some of the first facts are recorded after the first moment (left out, then counted once the moment moves).
          const earlier = generated.map((fact): Fact => ({ ...fact, recordedAt: between.next().value === true ? times.between : times.first }));
          const later = laterFacts(earlier, steps, times);
          const units = [...new Set(generated.map((fact) => fact.unitId))].sort().map((id) => ({ id, name: `名 ${id}` }));
          const asOf = moves ? times.asOfLater : times.asOf;
          const first = scoreUnitsOfCategory({ scheme, categoryId, units, facts: earlier, asOf: times.asOf, explanations: false });
          const all = [...earlier, ...later];
          const whole = scoreUnitsOfCategory({ scheme, categoryId, units, facts: all, asOf, explanations: false });
          const counts = new Map<string, number>();
          for (const fact of earlier) counts.set(fact.unitId, (counts.get(fact.unitId) ?? 0) + 1);
          const kept: KeptUnits = {
            asOf: times.asOf,
            clockKey: first.clockKey,
            units: new Map(first.units.map((unit) => [unit.unitId, { scored: unit, factCount: counts.get(unit.unitId) ?? 0 }])),
          };
          // Each unit's facts: its earlier ones first, then its new ones (as a unit's fold grows).
          const again = scoreUnitsOfCategory({ scheme, categoryId, units, facts: all, asOf, explanations: false, kept });
          inPart += again.scoredInPart;
          const ranked = (scored: typeof whole) => rankScoredUnits({ scheme, categoryId, units: scored.units, warnings: scored.warnings, asOf });
          expect(ranked(again)).toEqual(ranked(whole));
          expect(again.units.map((unit) => [unit.unitId, unit.selfContained, unit.factsAfterAsOf])).toEqual(whole.units.map((unit) => [unit.unitId, unit.selfContained, unit.factsAfterAsOf]));
        },
      ),
      RUNS,
    );
    // Not a check that cannot fail: the path under test was taken (a scheme whose periods are signed off is always scored whole).
    const signedOff = (document.periods ?? []).some((period) => period.signOff === true);
    if (!signedOff && category.resultsUse === undefined) expect(inPart).toBeGreaterThan(0);
  });
});

describe('a province category: 30 monthly indicators, targets per unit, totals past 2^53 carried as approximations', () => {
  const periods = Array.from({ length: 12 }, (_, at) => `m${String(at + 1).padStart(2, '0')}`);
  const indicators = Array.from({ length: 30 }, (_, at) => `ind-${at + 1}`);
  const parsed = parseScheme({
    id: 'province',
    name: '省级（生成）',
    version: 1,
    cycle: 2099,
    periods: periods.map((id) => ({ id, label: id })),
    categories: [
      {
        id: 'towns',
        label: '乡镇',
        total: 30,
        parts: [
          {
            id: 'targets',
            label: '目标任务',
            points: 30,
            children: indicators.map((id) => ({ id, label: id, points: 1, periods: periods.map((period, at) => ({ period, weight: at === 11 ? 12 : 8 })), method: { kind: 'proportional' } })),
          },
        ],
        grading: { grades: [{ id: 'advanced', label: '先进', min: 27 }, { id: 'pass', label: '合格' }] },
      },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { scheme } = parsed;
  const units = ['t1', 't2', 't3'].map((id) => ({ id }));
  const at = '2099-01-01T00:00:00.000Z';
  const facts: Fact[] = units.flatMap((unit, u) =>
    indicators.flatMap((indicatorId, i): Fact[] => [
      { type: 'TargetsSet', id: `${unit.id}-t-${i}`, unitId: unit.id, indicatorId, recordedAt: at, targets: Object.fromEntries(periods.map((period) => [period, String(1000 + ((u * 7 + i * 3) % 50) * 10)])) },
      ...periods.map((period, p): Fact => ({ type: 'DataSubmitted', id: `${unit.id}-v-${i}-${period}`, unitId: unit.id, indicatorId, period, recordedAt: at, value: `${800 + ((u * 13 + i * 5 + p) % 37) * 10}.${String((u + i) % 100).padStart(2, '0')}` })),
    ]),
  );
  const asOf = '2099-06-01T00:00:00.000Z';

  it('corrected forty times, one unit after another: each scored again in part = scored whole', () => {
    const all = [...facts];
    let kept = scoreUnitsOfCategory({ scheme, categoryId: 'towns', units, facts: all, asOf, explanations: false });
    const approximate = rankScoredUnits({ scheme, categoryId: 'towns', units: kept.units, warnings: [] }).units.filter((unit) => unit.totalExact.endsWith('…'));
    expect(approximate.length).toBeGreaterThan(0);
    for (let step = 0; step < 40; step += 1) {
      const counts = new Map(units.map((unit) => [unit.id, all.filter((fact) => fact.unitId === unit.id).length]));
      const unit = units[step % units.length]?.id ?? 't1';
      const indicator = step % indicators.length;
      const period = periods[(step * 5) % periods.length] ?? 'm01';
      all.push({ type: 'DataSubmitted', id: `c-${step}`, unitId: unit, indicatorId: indicators[indicator] ?? '', period, recordedAt: '2099-03-01T00:00:00.000Z', value: `${600 + step}.7`, supersedes: `${unit}-v-${indicator}-${period}` });
      // Facts grouped by unit as the engine groups them: each unit's earlier facts come first.
      const again = scoreUnitsOfCategory({
        scheme,
        categoryId: 'towns',
        units,
        facts: all,
        asOf,
        explanations: false,
        kept: { asOf, clockKey: kept.clockKey, units: new Map(kept.units.map((scored) => [scored.unitId, { scored, factCount: counts.get(scored.unitId) ?? 0 }])) },
      });
      expect(again.scoredInPart).toBe(units.length);
      const whole = scoreUnitsOfCategory({ scheme, categoryId: 'towns', units, facts: all, asOf, explanations: false });
      const ranked = (scored: typeof whole) => rankScoredUnits({ scheme, categoryId: 'towns', units: scored.units, warnings: scored.warnings, asOf });
      expect(ranked(again)).toEqual(ranked(whole));
      kept = again;
    }
  });
});
