import { compileCategoryPlan } from '../engine/plan';
import type { SchemeModel } from '../scheme/scheme.model';
import { type ValidScheme, brandScheme } from '../scheme/valid-scheme';
import { checkScheme } from './check-scheme';
import { DocumentReader } from './document-reader';
import { readScheme } from './read-scheme';
import type { SchemeProblem } from './scheme-problem';

const readAndCheck = (input: unknown): Readonly<{ model: SchemeModel | undefined; problems: readonly SchemeProblem[] }> => {
  const reader = new DocumentReader();
  const model = readScheme(input, reader);
  if (model !== undefined) checkScheme(model, reader);
  return { model, problems: reader.problems };
};

/** Every problem of a parsed scheme document (an empty list when it is valid). */
export const validateScheme = (input: unknown): readonly SchemeProblem[] => readAndCheck(input).problems;

export type ParseSchemeResult =
  | Readonly<{ ok: true; scheme: ValidScheme }>
  | Readonly<{ ok: false; problems: readonly SchemeProblem[] }>;

/** Validates a parsed scheme document and, when it has no problem, returns it ready to score with. */
export const parseScheme = (input: unknown): ParseSchemeResult => {
  const { model, problems } = readAndCheck(input);
  if (model === undefined || problems.length > 0) return { ok: false, problems };
  const plans = new Map(model.categories.map((category) => [category.id, compileCategoryPlan(model, category)]));
  return { ok: true, scheme: brandScheme(model, plans) };
};
