import type { CycleState } from '../cycle/cycle.state';
import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { UnitCommand } from './unit.commands';
import type { UnitEvent } from './unit.events';
import type { UnitState } from './unit.state';

/** A unit command is decided against the folded cycle stream. */
export type UnitContext = Readonly<{ cycle: CycleState }>;

export const initialUnitState = (): UnitState => ({ status: 'unregistered', commandIds: new Set() });
export const evolveUnit = (state: UnitState, _event: Recorded<UnitEvent>): UnitState => state;
export const decideUnit = (_command: UnitCommand, _input: Readonly<{ state: UnitState; context: UnitContext }>): UnitEvent[] =>
  notReady('decideUnit');

/** The decider of `unit-<cycleId>-<unitId>`. */
export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState, UnitContext> = {
  initialState: initialUnitState,
  evolve: evolveUnit,
  decide: decideUnit,
};
