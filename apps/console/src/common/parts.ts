/**
 * A part of a unit's total as the live score carries it: id, label, exact value, shown (2 decimals),
 * max; a value without a finite decimal form is written with a trailing … and comes with its exact
 * fraction (e.g. "10/3").
 */
export type PartScore = Readonly<{ id: string; label: unknown; value: string; shown: string; max: string; fraction?: string }>;

const isPart = (value: Readonly<Record<string, unknown>>): value is PartScore =>
  typeof value['id'] === 'string' && typeof value['value'] === 'string' && typeof value['shown'] === 'string' && typeof value['max'] === 'string';

/** The parts of a live score (typed loosely in the OpenAPI document), those of the expected shape. */
export const partsOf = (parts: readonly Readonly<Record<string, unknown>>[]): readonly PartScore[] => parts.filter(isPart);
