import { queryClient } from './api/query-client';
import { currentSession } from './auth/session';
import { storedCycleId } from './common/cycle-choice';
import { cycleListQuery, schemeQuery } from './common/queries';
import { pageAt } from './pages';

// The entry is small. It sends the opened page's first reads, then fetches the console's frame
// (React, antd, the shell: boot.tsx) and the opened page's code side by side, and renders once the
// code is there: no round of "render the shell, then ask for the page, then ask for its data".
//
// The code is asked for once those reads are on their way (a page whose second read waits for its
// first, e.g. the ranking's live scores for the scheme's categories, says when it has sent them),
// waiting at most READS_FIRST_MS: over HTTP/1.1 a browser opens six connections to the API, and a
// read sent after the page's forty-odd scripts queues behind them.
const READS_FIRST_MS = 150;

const page = pageAt(window.location.pathname);

/** Sends the header's and the opened page's first reads; resolves once they are sent (not answered). */
const sendFirstReads = async (): Promise<void> => {
  if (currentSession() === null) return;
  void queryClient.prefetchQuery(cycleListQuery);
  const cycleId = storedCycleId();
  if (cycleId === undefined) return;
  void queryClient.prefetchQuery(schemeQuery(cycleId));
  await page?.prefetch?.(queryClient, cycleId).catch(() => undefined);
};

const longest = new Promise((resolve) => setTimeout(resolve, READS_FIRST_MS));
void Promise.race([sendFirstReads(), longest])
  // A task later: openapi-fetch sends a read a few microtasks after it is asked for.
  .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
  .then(() => {
    const pageCode = page?.preload().catch(() => undefined);
    void Promise.all([import('./boot'), pageCode]).then(([boot]) => boot.start());
  });
