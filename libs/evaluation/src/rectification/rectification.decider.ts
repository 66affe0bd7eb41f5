import type { CycleState } from '../cycle/cycle.state';
import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { UnitState } from '../units/unit.state';
import type { RectificationCommand } from './rectification.commands';
import type { RectificationEvent } from './rectification.events';
import type { RectificationState } from './rectification.state';

/** A rectification is decided against the cycle and, for OrderRectification, the unit's stream. */
export type RectificationContext = Readonly<{ cycle: CycleState; unit?: UnitState }>;

export const initialRectificationState = (): RectificationState => ({ status: 'none', commandIds: new Set() });
export const evolveRectification = (state: RectificationState, _event: Recorded<RectificationEvent>): RectificationState => state;
export const decideRectification = (
  _command: RectificationCommand,
  _input: Readonly<{ state: RectificationState; context: RectificationContext }>,
): RectificationEvent[] => notReady('decideRectification');

/** The decider of `rectification-<cycleId>-<orderId>`. */
export const rectificationDecider: Decider<RectificationCommand, RectificationEvent, RectificationState, RectificationContext> = {
  initialState: initialRectificationState,
  evolve: evolveRectification,
  decide: decideRectification,
};
