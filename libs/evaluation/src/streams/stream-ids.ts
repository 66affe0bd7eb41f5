/**
 * Stream ids of the lifecycle. Ids are joined with '-', so a cycle id must not be parsed back
 * from a stream id: handlers keep the ids from the command.
 *
 * - `cycle-<cycleId>`: the cycle, its scheme versions, raters, phases, deadlines (stays small).
 * - `unit-<cycleId>-<unitId>`: a unit's registration, assignments, targets, data, ratings, surveys.
 * - `proposal-<cycleId>-<proposalId>`: a finding, complaint, bonus claim or veto incident and its review.
 * - `appeal-<cycleId>-<appealId>`: an appeal and its decision.
 * - `results-<cycleId>-<categoryId>`: snapshots and results of one category.
 * - `rectification-<cycleId>-<orderId>`: a rectification order and its progress.
 */
export const cycleStreamId = (cycleId: string): string => `cycle-${cycleId}`;
/** See {@link cycleStreamId}. */
export const unitStreamId = (cycleId: string, unitId: string): string => `unit-${cycleId}-${unitId}`;
/** See {@link cycleStreamId}. */
export const proposalStreamId = (cycleId: string, proposalId: string): string => `proposal-${cycleId}-${proposalId}`;
/** See {@link cycleStreamId}. */
export const appealStreamId = (cycleId: string, appealId: string): string => `appeal-${cycleId}-${appealId}`;
/** See {@link cycleStreamId}. */
export const resultsStreamId = (cycleId: string, categoryId: string): string => `results-${cycleId}-${categoryId}`;
/** See {@link cycleStreamId}. */
export const rectificationStreamId = (cycleId: string, orderId: string): string => `rectification-${cycleId}-${orderId}`;

/** The stream categories (prefixes), e.g. for subscriptions by category. */
export const STREAM_CATEGORIES = ['cycle', 'unit', 'proposal', 'appeal', 'results', 'rectification'] as const;
export type StreamCategory = (typeof STREAM_CATEGORIES)[number];

const STREAM_ID_OF: Readonly<Record<StreamCategory, (cycleId: string) => string>> = {
  cycle: cycleStreamId,
  unit: (cycleId) => unitStreamId(cycleId, ''),
  proposal: (cycleId) => proposalStreamId(cycleId, ''),
  appeal: (cycleId) => appealStreamId(cycleId, ''),
  results: (cycleId) => resultsStreamId(cycleId, ''),
  rectification: (cycleId) => rectificationStreamId(cycleId, ''),
};

/**
 * The one rule for reading a cycle's streams by prefix: the prefixes of its streams of the given
 * categories (default: all). A prefix also matches other cycles whose id starts with this one
 * ('cycle-2026' is a prefix of 'cycle-20261'): keep only events for which {@link isOfCycle} holds.
 */
export const cycleStreamPrefixes = (cycleId: string, categories: readonly StreamCategory[] = STREAM_CATEGORIES): readonly string[] =>
  categories.map((category) => STREAM_ID_OF[category](cycleId));

/** Whether an event read by {@link cycleStreamPrefixes} belongs to the cycle (by its data, never by its stream id). */
export const isOfCycle = (event: Readonly<{ data: Readonly<{ cycleId: string }> }>, cycleId: string): boolean => event.data.cycleId === cycleId;
