import { type Dec, ZERO, exactTexts, formatExact, formatFixed } from '../decimal/decimal';
import type { PlanLeaf } from '../engine/plan';
import type { Label } from '../scheme/scheme.model';
import type { ExplanationNode, InputStatus } from './explanation.types';

export type ExplainInput = Readonly<{
  id: string;
  kind: ExplanationNode['kind'];
  label: Label;
  period?: string;
  value: Dec;
  max?: Dec;
  /** `max` already written out (plans keep it, so that each unit does not write it again). */
  maxText?: string;
  /** The node's own full marks: its score is shown as value ÷ max × scale. */
  scale?: Dec;
  scaleText?: string;
  /** value ÷ max when the caller has it. */
  ratio?: Dec;
  status?: InputStatus;
  rule: Label;
  inputs?: Readonly<Record<string, string>>;
  factIds?: readonly string[];
  children?: readonly ExplanationNode[];
}>;

const NO_INPUTS: Readonly<Record<string, string>> = {};
const NO_IDS: readonly string[] = [];
const NO_CHILDREN: readonly ExplanationNode[] = [];

const scoreOnScale = (input: ExplainInput): ExplanationNode['score'] => {
  const { max, scale } = input;
  if (max === undefined || scale === undefined || max.isZero() || max.equals(scale)) return undefined;
  const onScale = input.ratio === undefined ? input.value.times(scale).div(max) : input.ratio.times(scale);
  return { value: formatFixed(onScale), outOf: input.scaleText ?? formatExact(scale) };
};

// Nodes are built as one literal per shape (with or without `fraction`), not with a spread in the
// middle of a literal: that is the slow path of object creation, and trees have hundreds of nodes.

/** An explanation node from decimal values. Every node has the same shape (absent fields undefined). */
export const explain = (input: ExplainInput): ExplanationNode => {
  const { text, fraction } = exactTexts(input.value);
  const shown = formatFixed(input.value);
  const max = input.maxText ?? (input.max === undefined ? undefined : formatExact(input.max));
  const score = scoreOnScale(input);
  const inputs = input.inputs ?? NO_INPUTS;
  const factIds = input.factIds ?? NO_IDS;
  const children = input.children ?? NO_CHILDREN;
  return fraction === undefined
    ? { id: input.id, kind: input.kind, label: input.label, period: input.period, value: text, shown, max, score, status: input.status, rule: input.rule, inputs, factIds, children }
    : { id: input.id, kind: input.kind, label: input.label, period: input.period, value: text, fraction, shown, max, score, status: input.status, rule: input.rule, inputs, factIds, children };
};

/**
 * A leaf's explanation node. Leaves are most of a tree and many sit at zero or full marks,
 * whose texts the plan already holds.
 */
export const explainLeaf = (
  input: Readonly<{
    leaf: PlanLeaf;
    value: Dec;
    status: InputStatus;
    inputs: Readonly<Record<string, string>>;
    factIds: readonly string[];
  }>,
): ExplanationNode => {
  const { leaf } = input;
  const full = input.value === leaf.max;
  const none = input.value === ZERO;
  const exact = full || none ? undefined : exactTexts(input.value);
  const value = exact?.text ?? (full ? leaf.maxText : '0');
  const fraction = full ? leaf.maxFraction : exact?.fraction;
  const score =
    leaf.scaleOverMax === undefined || full
      ? leaf.full.score
      : { value: none ? '0.00' : formatFixed(input.value.times(leaf.scaleOverMax)), outOf: leaf.scaleText };
  const shown = full ? leaf.full.shown : none ? '0.00' : formatFixed(input.value);
  const { status, inputs, factIds } = input;
  return fraction === undefined
    ? { id: leaf.node.id, kind: 'leaf', label: leaf.node.label, period: leaf.period, value, shown, max: leaf.maxText, score, status, rule: leaf.rule, inputs, factIds, children: NO_CHILDREN }
    : { id: leaf.node.id, kind: 'leaf', label: leaf.node.label, period: leaf.period, value, fraction, shown, max: leaf.maxText, score, status, rule: leaf.rule, inputs, factIds, children: NO_CHILDREN };
};
