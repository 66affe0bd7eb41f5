import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { cycleListQuery, schemeQuery } from './queries';

export { cycleListQuery, schemeQuery } from './queries';

export const useCycleList = () => useQuery(cycleListQuery);

/** One cycle: phases with dates and status, deadlines, the scheme version in force. */
export const useCycleSummary = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['cycle', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}', { params: { path: { cycleId: cycleId ?? '' } } }))).cycle,
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
