import { type Dec, formatExact, formatFixed } from '../decimal/decimal';
import type { Label } from '../scheme/scheme.model';
import type { ExplanationNode, InputStatus } from './explanation.types';

export type ExplainInput = Readonly<{
  id: string;
  kind: ExplanationNode['kind'];
  label: Label;
  period?: string;
  value: Dec;
  max?: Dec;
  /** The node's own full marks: its score is shown as value ÷ max × scale. */
  scale?: Dec;
  status?: InputStatus;
  rule: Label;
  inputs?: Readonly<Record<string, string>>;
  factIds?: readonly string[];
  children?: readonly ExplanationNode[];
}>;

const NO_INPUTS: Readonly<Record<string, string>> = {};
const NO_IDS: readonly string[] = [];
const NO_CHILDREN: readonly ExplanationNode[] = [];

/** An explanation node from decimal values. */
export const explain = (input: ExplainInput): ExplanationNode => {
  const { max, scale } = input;
  const score =
    max !== undefined && scale !== undefined && !max.isZero() && !max.equals(scale)
      ? { value: formatFixed(input.value.times(scale).div(max)), outOf: formatExact(scale) }
      : undefined;
  return {
    id: input.id,
    kind: input.kind,
    label: input.label,
    ...(input.period === undefined ? {} : { period: input.period }),
    value: formatExact(input.value),
    shown: formatFixed(input.value),
    ...(max === undefined ? {} : { max: formatExact(max) }),
    ...(score === undefined ? {} : { score }),
    ...(input.status === undefined ? {} : { status: input.status }),
    rule: input.rule,
    inputs: input.inputs ?? NO_INPUTS,
    factIds: input.factIds ?? NO_IDS,
    children: input.children ?? NO_CHILDREN,
  };
};
