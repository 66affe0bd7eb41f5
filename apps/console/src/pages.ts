import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from './auth/session';
import type { shellMessages } from './shell/messages';

type MenuKey = Extract<keyof (typeof shellMessages)['zh-CN'], `menu.${string}`>;

/** One page of the console: its path, the menu entry naming it, who sees it, and its (lazily loaded) component. */
export type PageEntry = Readonly<{
  path: string;
  menu: MenuKey;
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
  /** Shown in the menu (false: reached by a link, e.g. a drill-down). */
  inMenu?: boolean;
}>;

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

/**
 * Every page, in menu order. To add a page: a folder under src/ with its component (default
 * export) and messages.ts, then one line here. The menu and the router are built from this list.
 */
export const PAGES: readonly PageEntry[] = [
  { path: '/office/cycles', menu: 'menu.cycles', roles: ['office', 'committee', 'auditor'], component: page(() => import('./office/CyclesPage')) },
  { path: '/office/board', menu: 'menu.board', roles: ['office', 'committee'], component: page(() => import('./office/BoardPage')) },
  { path: '/office/units', menu: 'menu.units', roles: ['office', 'committee', 'auditor'], component: page(() => import('./units/UnitsPage')) },
  { path: '/office/review', menu: 'menu.review', roles: ['office', 'committee'], component: page(() => import('./office/ReviewPage')) },
  { path: '/office/results', menu: 'menu.results', roles: ['office', 'committee', 'auditor', 'leader'], component: page(() => import('./office/ResultsPage')) },
  { path: '/office/appeals', menu: 'menu.appeals', roles: ['office', 'committee'], component: page(() => import('./office/AppealsPage')) },
  { path: '/unit', menu: 'menu.unit', roles: ['unit-reporter'], component: page(() => import('./unit/UnitPage')) },
  { path: '/data', menu: 'menu.data', roles: ['data-provider'], component: page(() => import('./provider/DataGridPage')) },
  { path: '/field', menu: 'menu.field', roles: ['inspector'], component: page(() => import('./field/FieldFindingPage')) },
  { path: '/complaints', menu: 'menu.complaints', roles: ['complaint-handler'], component: page(() => import('./complaints/ComplaintsPage')) },
  { path: '/surveys', menu: 'menu.surveys', roles: ['survey-office'], component: page(() => import('./surveys/SurveysPage')) },
  { path: '/field/mine', menu: 'menu.mine', roles: ['inspector', 'complaint-handler'], component: page(() => import('./field/MyFindingsPage')) },
  { path: '/ratings', menu: 'menu.ratings', roles: ['leader', 'committee'], component: page(() => import('./ratings/RatingsPage')) },
  { path: '/office/rectification', menu: 'menu.rectification', roles: ['office', 'committee', 'auditor'], component: page(() => import('./rectification/RectificationPage')) },
  { path: '/analysis', menu: 'menu.analysis', roles: ['office', 'committee', 'leader'], component: page(() => import('./analysis/AnalysisPage')) },
  { path: '/trace', menu: 'menu.trace', roles: ['auditor', 'office', 'committee'], component: page(() => import('./trace/TracePage')) },
  { path: '/accounts', menu: 'menu.users', roles: ['admin', 'auditor'], component: page(() => import('./users/UsersPage')) },
];

export const pagesFor = (role: Role): readonly PageEntry[] => PAGES.filter((entry) => entry.roles.includes(role));
