import type { Label } from '../scheme/scheme.model';

/** How a leaf's input stood when it was scored. */
export type InputStatus = 'scored' | 'pending' | 'missing' | 'awaiting-sign-off';

/**
 * One node of the explanation of a unit's total: its value (exact, and shown to 2 decimals), the
 * most it could be, the rule that produced it in words, the inputs it used and the facts behind
 * them. A node's value is the sum of its children's, except where a cap or the zero floor says
 * otherwise (the rule says so).
 */
export type ExplanationNode = Readonly<{
  id: string;
  kind: 'total' | 'part' | 'node' | 'period' | 'leaf' | 'bonus' | 'deduction' | 'cap' | 'item';
  label: Label;
  period?: string;
  /**
   * The carried value, unrounded (deductions are negative): exact, or — when it has no finite
   * decimal form — 20 decimals followed by "…" and the exact value in `fraction`.
   */
  value: string;
  /** The exact value as "n/d" when `value` is an approximation ("10/3"); absent otherwise. */
  fraction?: string;
  /** The value rounded half up to 2 decimals. */
  shown: string;
  max?: string;
  /** The node's score on its own full marks ("88.32" of "100"), 2 decimals. */
  score?: Readonly<{ value: string; outOf: string }>;
  status?: InputStatus;
  rule: Label;
  inputs: Readonly<Record<string, string>>;
  factIds: readonly string[];
  children: readonly ExplanationNode[];
}>;
