import type { components } from '../api/schema';

/** The grant the API gave at sign-in: token, role and scope (as the OpenAPI document describes it). */
export type Session = components['schemas']['AccessGrantDto'] & Readonly<{ userId: string }>;
export type Role = components['schemas']['AccessGrantDto']['role'];

const KEY = 'kaoping.session';
const listeners = new Set<() => void>();

let cached: Session | null | undefined;

export const currentSession = (): Session | null => {
  if (cached !== undefined) return cached;
  const raw = sessionStorage.getItem(KEY);
  cached = raw === null ? null : (JSON.parse(raw) as Session);
  return cached;
};

export const signIn = (session: Session): void => {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  cached = session;
  listeners.forEach((notify) => notify());
};

export const signOut = (): void => {
  sessionStorage.removeItem(KEY);
  cached = null;
  listeners.forEach((notify) => notify());
};

export const onSessionChange = (notify: () => void): (() => void) => {
  listeners.add(notify);
  return () => listeners.delete(notify);
};
