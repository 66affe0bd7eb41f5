import { QueryClient } from '@tanstack/react-query';
import { ApiFailure } from './client';

/**
 * The console's one cache of server state. It lives in the small entry (no React in this module's
 * imports), so the opened page's first reads are sent while the frame's code still loads.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A read model still catching up (503 read-model-behind) is retried until it answers; other refusals are shown at once.
      retry: (count, error) => error instanceof ApiFailure && error.readModelBehind && count < 20,
      retryDelay: 1000,
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
});
