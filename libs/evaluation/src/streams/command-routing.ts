import type { EvaluationCommand } from '../shared/messages';
import { notReady } from '../shared/not-ready';

/**
 * Where a command is decided (`stream`) and which other streams its decider needs folded as
 * context (`cycle`, and `unit` / `proposal` when the decider's context asks for them).
 */
export type CommandRoute = Readonly<{
  stream: string;
  decider: 'cycle' | 'unit' | 'proposal' | 'appeal' | 'results' | 'rectification';
  context: Readonly<{ cycle?: string; unit?: string; proposal?: string }>;
}>;

/** The route of a command: its target stream and the context streams to load. */
export const commandRoute = (_command: EvaluationCommand): CommandRoute => notReady('commandRoute');
