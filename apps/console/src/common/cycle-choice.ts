const KEY = 'kaoping.cycle';

/** The cycle chosen last on this computer. */
export const storedCycleId = (): string | undefined => globalThis.localStorage?.getItem(KEY) ?? undefined;

export const storeCycleId = (cycleId: string): void => localStorage.setItem(KEY, cycleId);
