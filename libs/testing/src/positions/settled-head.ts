import type { EventStore } from '@kaoping/eventstore';

/**
 * The position of the last event appended so far, returned once the store's stable head has
 * reached it: what a test passes as `minPosition` to read its own writes. Fails the test when the
 * head does not settle within `timeoutMs`.
 */
export const settledHeadPosition = async (store: EventStore, timeoutMs = 60_000): Promise<bigint> => {
  const { position, settled } = await store.settledHeadPosition(timeoutMs);
  if (!settled) throw new Error(`the stable head did not reach the last appended position within ${timeoutMs} ms (it is at ${position})`);
  return position;
};
