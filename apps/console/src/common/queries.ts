import { queryOptions } from '@tanstack/react-query';
import { api, ok } from '../api/client';

// The reads several pages share, as query options (key + how to fetch). No hooks and no React here:
// the console's entry sends some of them before the frame has loaded (prefetch.ts).

/** Every cycle (newest year first), for the cycle picker and the cycles page. */
export const cycleListQuery = queryOptions({
  queryKey: ['cycles'],
  queryFn: async () => (await ok(api.GET('/cycles', { params: { query: { limit: 100 } } }))).items,
});

/** The scheme in force, with its outline (categories, indicator trees, grades, bonus and deduction rules). */
export const schemeQuery = (cycleId: string | undefined) =>
  queryOptions({
    queryKey: ['scheme', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/scheme', { params: { path: { cycleId: cycleId ?? '' } } }))).scheme,
  });

type Scheme = Awaited<ReturnType<NonNullable<ReturnType<typeof schemeQuery>['queryFn']>>>;

/** The category a page opens on: the scheme's first. */
export const firstCategoryOf = (scheme: Scheme | undefined): string | undefined => scheme?.outline?.categories[0]?.id;
