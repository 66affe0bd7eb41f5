import { type Dec, HUNDRED } from '../decimal/decimal';
import type { NodeModel } from './scheme.model';

/** A node's own full marks: what its children's points sum to. Its scale, else its points, else 100. */
export const ownScale = (node: NodeModel): Dec =>
  node.scale ?? (node.share?.kind === 'points' ? node.share.value : HUNDRED);
