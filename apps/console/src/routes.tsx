import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes as RouterRoutes } from 'react-router-dom';
import { currentSession, onSessionChange } from './auth/session';
import { Loading } from './common/QueryState';
import { pagesFor } from './pages';
import { Shell } from './shell/Shell';

// Neither is on the way to a signed-in person's page: their code loads when they are shown.
const SignInPage = lazy(() => import('./auth/SignInPage').then((module) => ({ default: module.SignInPage })));
const NotFound = lazy(() => import('./shell/NotFound'));

export const useSession = () => useSyncExternalStore(onSessionChange, currentSession);

/** Signed out: the sign-in page. Signed in: the shell with the pages of the role the token acts in. */
export function Routes() {
  const session = useSession();
  if (session === null) {
    return (
      <Suspense fallback={<Loading />}>
        <RouterRoutes>
          <Route path="*" element={<SignInPage />} />
        </RouterRoutes>
      </Suspense>
    );
  }
  const pages = pagesFor(session.role);
  const home = pages[0]?.path;
  return (
    <Shell session={session} pages={pages}>
      <Suspense fallback={<Loading />}>
        <RouterRoutes>
          {pages.map((entry) => (
            <Route key={entry.path} path={entry.path} element={<entry.component />} />
          ))}
          <Route path="/" element={home === undefined ? <NotFound /> : <Navigate to={home} replace />} />
          <Route path="*" element={<NotFound />} />
        </RouterRoutes>
      </Suspense>
    </Shell>
  );
}
