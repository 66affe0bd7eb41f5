import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { firstCategoryOf, schemeQuery } from '../common/queries';

// The ranking page's reads (考评结果), as query options: the page uses them, and the console's entry
// sends the first of them while the page's code loads (prefetchRanking).

/** Lines per page of the ranking (about a screen at 1366 × 768): the API pages it in rank order. */
export const RANKING_PAGE_SIZE = 20;

/** One page of a category's live ranking. */
export const liveScoresQuery = (cycleId: string | undefined, categoryId: string | undefined, page: number) =>
  queryOptions({
    queryKey: ['live-scores', cycleId, categoryId, page],
    enabled: cycleId !== undefined && categoryId !== undefined,
    queryFn: () =>
      ok(
        api.GET('/cycles/{cycleId}/live-scores/{categoryId}', {
          params: { path: { cycleId: cycleId ?? '', categoryId: categoryId ?? '' }, query: { limit: RANKING_PAGE_SIZE, offset: (page - 1) * RANKING_PAGE_SIZE } },
        }),
      ),
  });

/** A category's recorded results (computed, published, finalised), or null before any. */
export const categoryResultsQuery = (cycleId: string, categoryId: string) =>
  queryOptions({
    queryKey: ['results', cycleId, categoryId],
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/results', { params: { path: { cycleId }, query: { categoryId } } }))).results.find((r) => r.categoryId === categoryId) ?? null,
  });

/**
 * What the ranking page shows first: the scheme, then its first category's first page and results
 * status. Resolves once those two are sent (see PageEntry.prefetch), with the scheme's answer.
 */
export const prefetchRanking = async (client: QueryClient, cycleId: string): Promise<void> => {
  const categoryId = firstCategoryOf(await client.fetchQuery(schemeQuery(cycleId)));
  if (categoryId === undefined) return;
  void client.prefetchQuery(liveScoresQuery(cycleId, categoryId, 1));
  void client.prefetchQuery(categoryResultsQuery(cycleId, categoryId));
};
