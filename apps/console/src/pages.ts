import type { QueryClient } from '@tanstack/react-query';
import { createElement, lazy, type ComponentType } from 'react';
import type { Role } from './auth/session';
import { prefetchRanking } from './office/ranking-queries';
import type { shellMessages } from './shell/messages';

type MenuKey = Extract<keyof (typeof shellMessages)['zh-CN'], `menu.${string}`>;

/** One page of the console: its path, the menu entry naming it, who sees it, and its (lazily loaded) component. */
export type PageEntry = Readonly<{
  path: string;
  menu: MenuKey;
  roles: readonly Role[];
  component: ComponentType;
  /** Starts fetching the page's code (the same module the component loads). */
  preload: () => Promise<unknown>;
  /**
   * Sends the page's first reads (into the query cache) before its code has arrived. Resolves once
   * they are all sent (not answered): the entry then asks for the code.
   */
  prefetch?: (client: QueryClient, cycleId: string) => Promise<void>;
  /** Shown in the menu (false: reached by a link, e.g. a drill-down). */
  inMenu?: boolean;
}>;

/**
 * A page's component and the loader of its code. Once the code is there (preloaded before the
 * first render, see main.tsx) the page renders at once; before, it suspends (React.lazy) and the
 * router's fallback shows.
 */
const page = (load: () => Promise<{ default: ComponentType }>) => {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  const component = () => createElement(loaded ?? Lazy);
  return { component, preload };
};

/**
 * Every page, in menu order. To add a page: a folder under src/ with its component (default
 * export) and messages.ts, then one line here. The menu and the router are built from this list.
 */
export const PAGES: readonly PageEntry[] = [
  { path: '/office/cycles', menu: 'menu.cycles', roles: ['office', 'committee', 'auditor'], ...page(() => import('./office/CyclesPage')) },
  { path: '/office/board', menu: 'menu.board', roles: ['office', 'committee'], ...page(() => import('./office/BoardPage')) },
  { path: '/office/units', menu: 'menu.units', roles: ['office', 'committee', 'auditor'], ...page(() => import('./units/UnitsPage')) },
  { path: '/office/review', menu: 'menu.review', roles: ['office', 'committee'], ...page(() => import('./office/ReviewPage')) },
  { path: '/office/results', menu: 'menu.results', roles: ['office', 'committee', 'auditor', 'leader'], ...page(() => import('./office/ResultsPage')), prefetch: prefetchRanking },
  { path: '/office/appeals', menu: 'menu.appeals', roles: ['office', 'committee'], ...page(() => import('./office/AppealsPage')) },
  { path: '/unit', menu: 'menu.unit', roles: ['unit-reporter'], ...page(() => import('./unit/UnitPage')) },
  { path: '/data', menu: 'menu.data', roles: ['data-provider'], ...page(() => import('./provider/DataGridPage')) },
  { path: '/field', menu: 'menu.field', roles: ['inspector'], ...page(() => import('./field/FieldFindingPage')) },
  { path: '/complaints', menu: 'menu.complaints', roles: ['complaint-handler'], ...page(() => import('./complaints/ComplaintsPage')) },
  { path: '/surveys', menu: 'menu.surveys', roles: ['survey-office'], ...page(() => import('./surveys/SurveysPage')) },
  { path: '/field/mine', menu: 'menu.mine', roles: ['inspector', 'complaint-handler'], ...page(() => import('./field/MyFindingsPage')) },
  { path: '/ratings', menu: 'menu.ratings', roles: ['leader', 'committee'], ...page(() => import('./ratings/RatingsPage')) },
  { path: '/office/rectification', menu: 'menu.rectification', roles: ['office', 'committee', 'auditor'], ...page(() => import('./rectification/RectificationPage')) },
  { path: '/office/what-if', menu: 'menu.whatif', roles: ['office', 'auditor'], ...page(() => import('./whatif/WhatIfPage')) },
  { path: '/analysis', menu: 'menu.analysis', roles: ['office', 'committee', 'leader'], ...page(() => import('./analysis/AnalysisPage')) },
  { path: '/trace', menu: 'menu.trace', roles: ['auditor', 'office', 'committee'], ...page(() => import('./trace/TracePage')) },
  { path: '/accounts', menu: 'menu.users', roles: ['admin', 'auditor'], ...page(() => import('./users/UsersPage')) },
];

export const pagesFor = (role: Role): readonly PageEntry[] => PAGES.filter((entry) => entry.roles.includes(role));

/** The page at `pathname` (the longest path that matches). */
export const pageAt = (pathname: string): PageEntry | undefined =>
  [...PAGES].sort((a, b) => b.path.length - a.path.length).find((candidate) => pathname === candidate.path || pathname.startsWith(`${candidate.path}/`));
