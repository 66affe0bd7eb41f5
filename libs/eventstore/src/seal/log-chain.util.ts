import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '../hash-chain/hash-chain.util';

/** The global chain's value before the first event. */
export const LOG_GENESIS = GENESIS_HASH;

/**
 * The global chain: each event linked to the one before it in the whole log, whatever its
 * stream: sha256 hex over the previous link, the position and the event's own (stream-chain) hash.
 */
export const logChainHash = (previous: string, position: bigint, eventHash: string): string =>
  createHash('sha256').update(`${previous}:${position.toString()}:${eventHash}`).digest('hex');
