import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from './client';

/**
 * After a command is accepted, the page that sent it refetches at once, and those reads wait for
 * the read models to hold the command (X-Min-Position, see client.ts). What follows from it later
 * is at later positions: a job it queued (results computed, a snapshot taken), a reaction to its
 * events. These later refetches show that too, instead of the page keeping what it read before.
 */
const CATCH_UP_REFETCHES_MS = [750, 2_000, 5_000, 10_000] as const;

/**
 * The console's one cache of server state. It lives in the small entry (no React in this module's
 * imports), so the opened page's first reads are sent while the frame's code still loads.
 */
export const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A read model still catching up (503 read-model-behind) is retried until it answers; other refusals are shown at once.
      retry: (count, error) => error instanceof ApiFailure && error.readModelBehind && count < 20,
      retryDelay: 1000,
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
  mutationCache: new MutationCache({
    onSuccess: () => {
      for (const delay of CATCH_UP_REFETCHES_MS) setTimeout(() => void queryClient.invalidateQueries({ refetchType: 'active' }), delay);
    },
  }),
});
