import { exactTexts, formatFixed } from '../decimal/decimal';
import { Rational } from '../decimal/rational';
import type { Label } from '../scheme/scheme.model';
import type { ValidScheme } from '../scheme/valid-scheme';
import type { CategoryResult, PartResult, ScoreCategoryInput, UnitResult } from './result.types';
import { scoreCategory } from './score-category';

/** A unit's standing under one scheme. */
export type WhatIfStanding = Readonly<{ total: string; grade: Readonly<{ id: string; label: Label }>; rank: number }>;

/** A part whose value moved: exact values before and after, and the change (exact; "…" and `fraction` rules as everywhere). */
export type WhatIfPart = Readonly<{ id: string; label: Label; before: string | undefined; after: string | undefined; change: string; changeShown: string }>;

export type WhatIfUnit = Readonly<{
  unitId: string;
  name?: string;
  inForce: WhatIfStanding;
  draft: WhatIfStanding;
  /** draft total − total in force (rounded totals, 2 decimals). */
  totalChange: string;
  gradeChanged: boolean;
  /** Places gained (positive) or lost (negative): rank in force − draft rank. */
  rankChange: number;
  /** Parts whose value differs (a part only one scheme has counts as moved). */
  partsMoved: readonly WhatIfPart[];
}>;

export type WhatIfResult = Readonly<{
  categoryId: string;
  inForce: CategoryResult;
  draft: CategoryResult;
  /** Every unit, in the draft's rank order. */
  units: readonly WhatIfUnit[];
  /** Units whose total, grade or rank differ. */
  changed: readonly string[];
}>;

const standing = (unit: UnitResult): WhatIfStanding => ({ total: unit.total, grade: unit.grade, rank: unit.rank });

const exactOf = (part: PartResult | undefined): Rational =>
  part === undefined ? new Rational(0) : part.fraction === undefined ? new Rational(part.value) : fractionValue(part.fraction);
const fractionValue = (fraction: string): Rational => {
  const [n = '0', d = '1'] = fraction.split('/');
  return new Rational(n).div(d);
};

/**
 * Scores the same facts under the scheme in force and under a draft amendment of it, recording
 * nothing, and returns the per-unit difference: total, grade, rank, and the parts that moved.
 * The draft must be a valid scheme with the category (parseScheme it first).
 */
export const compareSchemes = (
  input: Readonly<{ inForce: ValidScheme; draft: ValidScheme }> & Omit<ScoreCategoryInput, 'scheme'>,
): WhatIfResult => {
  const { inForce: inForceScheme, draft: draftScheme, ...rest } = input;
  const units = rest.units ?? [...new Set(rest.facts.map((fact) => fact.unitId))].sort().map((id) => ({ id }));
  return compareResults({
    categoryId: input.categoryId,
    inForce: scoreCategory({ ...rest, units, scheme: inForceScheme }),
    draft: scoreCategory({ ...rest, units, scheme: draftScheme }),
  });
};

/**
 * The per-unit difference between two results of the same units (a category, or a category's
 * members of a ranking group scored over the whole group): total, grade, rank, and the parts that
 * moved. Units only the scheme in force scored are left out.
 */
export const compareResults = (input: Readonly<{ categoryId: string; inForce: CategoryResult; draft: CategoryResult }>): WhatIfResult => {
  const { inForce, draft } = input;
  const before = new Map(inForce.units.map((unit) => [unit.unitId, unit]));
  const compared = draft.units.flatMap((after): WhatIfUnit[] => {
    const was = before.get(after.unitId);
    if (was === undefined) return [];
    const ids = [...new Set([...was.parts.map((part) => part.id), ...after.parts.map((part) => part.id)])];
    const partsMoved = ids.flatMap((id): WhatIfPart[] => {
      const old = was.parts.find((part) => part.id === id);
      const now = after.parts.find((part) => part.id === id);
      const change = exactOf(now).minus(exactOf(old));
      if (old !== undefined && now !== undefined && change.isZero()) return [];
      return [
        {
          id,
          label: (now ?? old)?.label ?? { 'zh-CN': id, en: id },
          before: old?.value,
          after: now?.value,
          change: exactTexts(change).text,
          changeShown: formatFixed(change),
        },
      ];
    });
    return [
      {
        unitId: after.unitId,
        ...(after.name === undefined ? {} : { name: after.name }),
        inForce: standing(was),
        draft: standing(after),
        totalChange: formatFixed(new Rational(after.total).minus(was.total)),
        gradeChanged: was.grade.id !== after.grade.id,
        rankChange: was.rank - after.rank,
        partsMoved,
      },
    ];
  });
  return {
    categoryId: input.categoryId,
    inForce,
    draft,
    units: compared,
    changed: compared
      .filter((unit) => unit.totalChange !== '0.00' || unit.gradeChanged || unit.rankChange !== 0)
      .map((unit) => unit.unitId),
  };
};
