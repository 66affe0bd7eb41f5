import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { CycleCommand } from './cycle.commands';
import type { CycleEvent } from './cycle.events';
import type { CycleState } from './cycle.state';

/** The cycle stream needs no other stream to decide. */
export type CycleContext = undefined;

export const initialCycleState = (): CycleState => ({ status: 'none', commandIds: new Set() });
export const evolveCycle = (state: CycleState, _event: Recorded<CycleEvent>): CycleState => state;
export const decideCycle = (_command: CycleCommand, _input: Readonly<{ state: CycleState; context: CycleContext }>): CycleEvent[] =>
  notReady('decideCycle');

/** The decider of `cycle-<cycleId>`. */
export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState, CycleContext> = {
  initialState: initialCycleState,
  evolve: evolveCycle,
  decide: decideCycle,
};
