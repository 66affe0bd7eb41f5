import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';

/** Every cycle (newest year first), for the cycle picker and the cycles page. */
export const cycleListQuery = queryOptions({
  queryKey: ['cycles'],
  queryFn: async () => (await ok(api.GET('/cycles', { params: { query: { limit: 100 } } }))).items,
});

export const useCycleList = () => useQuery(cycleListQuery);

/** One cycle: phases with dates and status, deadlines, the scheme version in force. */
export const useCycleSummary = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['cycle', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}', { params: { path: { cycleId: cycleId ?? '' } } }))).cycle,
  });

/** The scheme in force, with its outline (categories, indicator trees, grades, bonus and deduction rules). */
export const schemeQuery = (cycleId: string | undefined) =>
  queryOptions({
    queryKey: ['scheme', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/scheme', { params: { path: { cycleId: cycleId ?? '' } } }))).scheme,
  });

export const useScheme = (cycleId: string | undefined) => useQuery(schemeQuery(cycleId));

/** The cycle's units (a page of up to 500, the API's largest), for pickers and the units tree. */
export const useUnits = (cycleId: string | undefined, categoryId?: string) =>
  useQuery({
    queryKey: ['units', cycleId, categoryId],
    enabled: cycleId !== undefined,
    queryFn: async () =>
      (await ok(api.GET('/cycles/{cycleId}/units', { params: { path: { cycleId: cycleId ?? '' }, query: { limit: 500, ...(categoryId === undefined ? {} : { categoryId }) } } }))).items,
  });

/** unitId → the unit's name (the id until the list is there). */
export const useUnitNames = (cycleId: string | undefined): ((unitId: string) => string) => {
  const units = useUnits(cycleId);
  return (unitId) => units.data?.find((u) => u.unitId === unitId)?.name ?? unitId;
};
