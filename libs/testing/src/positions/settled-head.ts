import type { EventStore } from '@kaoping/eventstore';

/**
 * The position of the last event appended so far, returned once the store's stable head has
 * reached it: what a test passes as `minPosition` to read its own writes. On PostgreSQL the stable
 * head (`headPosition()`) can lag an acknowledged append while any older transaction in the
 * cluster is still running (another test worker's, say), so it is not "everything written".
 */
export const settledHeadPosition = async (store: EventStore, timeoutMs = 60_000): Promise<bigint> => {
  const stable = await store.headPosition();
  const last = (await store.readAll({ after: stable })).at(-1)?.globalPosition ?? stable;
  for (const until = Date.now() + timeoutMs; (await store.headPosition()) < last; ) {
    if (Date.now() > until) throw new Error(`the stable head did not reach position ${last} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return last;
};
