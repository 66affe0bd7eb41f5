import { queryClient } from './api/query-client';
import { currentSession } from './auth/session';
import { storedCycleId } from './common/cycle-choice';
import { cycleListQuery, schemeQuery } from './common/queries';
import { pageAt } from './pages';

// The entry is small. Side by side, it fetches the console's frame (React, antd, the shell:
// boot.tsx), the opened page's code, and that page's first reads, then renders once the code is
// there: no round of "render the shell, then ask for the page, then ask for its data".
const page = pageAt(window.location.pathname);
if (currentSession() !== null) {
  void queryClient.prefetchQuery(cycleListQuery);
  const cycleId = storedCycleId();
  if (cycleId !== undefined) {
    void queryClient.prefetchQuery(schemeQuery(cycleId));
    void page?.prefetch?.(queryClient, cycleId).catch(() => undefined);
  }
}
const pageCode = page?.preload().catch(() => undefined);
void Promise.all([import('./boot'), pageCode]).then(([boot]) => boot.start());
