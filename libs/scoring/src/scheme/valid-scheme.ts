import type { CategoryPlan } from '../engine/plan';
import { ScoringError } from '../engine/scoring-error';
import type { Label, SchemeModel } from './scheme.model';

declare const validSchemeBrand: unique symbol;

/**
 * A scheme that passed validation. Only {@link parseScheme} makes one, so the engine never
 * scores with an invalid scheme. It shows the scheme's outline; the rules stay inside.
 */
export type ValidScheme = Readonly<{
  id: string;
  version: number;
  name: Label;
  periods: readonly Readonly<{ id: string; label: Label }>[];
  categories: readonly Readonly<{
    id: string;
    label: Label;
    total: string;
    parts: readonly Readonly<{ id: string; label: Label }>[];
    grades: readonly Readonly<{ id: string; label: Label }>[];
  }>[];
  readonly [validSchemeBrand]: true;
}>;

type Compiled = Readonly<{ model: SchemeModel; plans: ReadonlyMap<string, CategoryPlan> }>;

const compiled = new WeakMap<ValidScheme, Compiled>();

/** Brands a checked model; called by parseScheme only. */
export const brandScheme = (model: SchemeModel, plans: ReadonlyMap<string, CategoryPlan>): ValidScheme => {
  const outline = {
    id: model.id,
    version: model.version,
    name: model.name,
    periods: model.periods.map((period) => ({ id: period.id, label: period.label })),
    categories: model.categories.map((category) => ({
      id: category.id,
      label: category.label,
      total: category.total.toString(),
      parts: category.parts.map((part) => ({ id: part.id, label: part.label })),
      grades: category.grades.map((grade) => ({ id: grade.id, label: grade.label })),
    })),
  };
  // The brand exists only in the type system: a plain outline object stands behind it.
  const scheme = Object.freeze(outline) as unknown as ValidScheme;
  compiled.set(scheme, { model, plans });
  return scheme;
};

/** The model and plans behind a valid scheme. */
export const compiledScheme = (scheme: ValidScheme): Compiled => {
  const found = compiled.get(scheme);
  if (found === undefined) throw new ScoringError('not-a-valid-scheme', 'the scheme was not made by parseScheme');
  return found;
};
