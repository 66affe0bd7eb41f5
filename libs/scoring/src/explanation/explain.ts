import * as decimal from '../decimal/decimal';
import type { Dec } from '../decimal/decimal';
import type { PlanLeaf } from '../engine/plan';
import type { Label } from '../scheme/scheme.model';
import type { ExplanationNode, InputStatus } from './explanation.types';

// Read once when the module loads (see the note in decimal/rational.ts on per-file CommonJS).
const { ZERO, exactTexts, formatExact, formatFixed, formatScaled } = decimal;

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

/**
 * The explanation a unit carries when its tree was not built (scored with `explanations: false`)
 * or not kept (`withoutExplanation`): its tree is written where it is read (live scores keep
 * it per row, or score it again on demand) and is not held again in memory. Every explanation
 * field of such a unit (total, parts, bonus, deduction) is this one frozen node.
 */
export const EXPLANATION_NOT_KEPT: ExplanationNode = Object.freeze({
  id: '',
  kind: 'total',
  label: Object.freeze({ 'zh-CN': '说明未保留（见已写入的得分说明）', en: 'explanation not kept (see the one written)' }),
  value: '0',
  shown: '0.00',
  rule: Object.freeze({ 'zh-CN': '说明未保留', en: 'explanation not kept' }),
  inputs: Object.freeze({}),
  factIds: Object.freeze([]),
  children: Object.freeze([]),
});

/** No inputs, no fact ids: shared by the nodes without them and by the outcomes of a unit scored without explanations. */
export const NO_INPUTS: Readonly<Record<string, string>> = {};
export const NO_IDS: readonly string[] = [];
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
 * whose texts the plan already holds; a score on the leaf's own scale is one of few texts
 * (2 decimals of a small scale), and its object is shared between the units showing it.
 * Positional: called once per leaf and unit, and an argument object is not always optimized away.
 */
export const explainLeaf = (
  leaf: PlanLeaf,
  value: Dec,
  status: InputStatus,
  inputs: Readonly<Record<string, string>>,
  factIds: readonly string[],
): ExplanationNode => {
  const full = value === leaf.max;
  const none = value === ZERO;
  let text: string;
  let fraction: string | undefined;
  if (full) {
    text = leaf.maxText;
    fraction = leaf.maxFraction;
  } else if (none) text = '0';
  else {
    const exact = value.exactText();
    if (exact === undefined) {
      const texts = exactTexts(value);
      text = texts.text;
      fraction = texts.fraction;
    } else text = exact;
  }
  const score = leaf.scaleOverMax === undefined || full ? leaf.full.score : none ? leaf.zeroScore : sharedScore(leaf, value.timesScaled(leaf.scaleOverMax, 2));
  const shown = full ? leaf.full.shown : none ? '0.00' : formatFixed(value);
  return new LeafExplanation(leaf, text, fraction, shown, score, status, inputs, factIds);
};

/**
 * A leaf's node, built by a constructor rather than a literal. V8 allocates the objects of a
 * literal whose objects mostly survive (a category's leaves do, 400,000 of them) straight in old
 * space, which was slow here: a CPU profile put 380 ms a run (1,000 × 200 × 2 periods) on the
 * literal's line. Objects built by a constructor start young; scavenges then copy them, so the
 * whole run gains less than that (about 5 % in bench:scoring). Same own fields as a literal node;
 * `fraction` is present and undefined when there is none (JSON leaves it out).
 */
class LeafExplanation implements ExplanationNode {
  readonly id: string;
  readonly kind = 'leaf' as const;
  readonly label: Label;
  readonly period: string | undefined;
  readonly value: string;
  readonly fraction: string | undefined;
  readonly shown: string;
  readonly max: string;
  readonly score: ExplanationNode['score'];
  readonly status: InputStatus;
  readonly rule: Label;
  readonly inputs: Readonly<Record<string, string>>;
  readonly factIds: readonly string[];
  readonly children = NO_CHILDREN;
  constructor(
    leaf: PlanLeaf,
    value: string,
    fraction: string | undefined,
    shown: string,
    score: ExplanationNode['score'],
    status: InputStatus,
    inputs: Readonly<Record<string, string>>,
    factIds: readonly string[],
  ) {
    this.id = leaf.node.id;
    this.label = leaf.node.label;
    this.period = leaf.period;
    this.value = value;
    this.fraction = fraction;
    this.shown = shown;
    this.max = leaf.maxText;
    this.score = score;
    this.status = status;
    this.rule = leaf.rule;
    this.inputs = inputs;
    this.factIds = factIds;
  }
}

const sharedScore = (leaf: PlanLeaf, scaled: number | bigint): Readonly<{ value: string; outOf: string }> => {
  const shared = typeof scaled === 'number' && scaled >= 0 && scaled < leaf.scoreSlots;
  if (shared) {
    const { scores } = leaf;
    // Filled once, with every slot, so that the array stays packed.
    if (scores.length === 0) for (let slot = 0; slot < leaf.scoreSlots; slot += 1) scores.push(undefined);
    const known = scores[scaled];
    if (known !== undefined) return known;
  }
  const score = { value: formatScaled(scaled, 2), outOf: leaf.scaleText };
  if (shared) leaf.scores[scaled] = score;
  return score;
};
