import type { DomainCommand } from '../shared/envelope.types';
import type { AppealOutcome, AppealRevocation, AppealTarget } from './appeal.events';

/** Unit reporter (own unit), publication: appeal a proposal's outcome, a fact or the result. */
export type FileAppeal = DomainCommand<
  'FileAppeal',
  { cycleId: string; appealId: string; unitId: string; against: AppealTarget; grounds: string }
>;
/** Committee, publication: decide an appeal; an upheld one lists the approvals it revokes. */
export type DecideAppeal = DomainCommand<
  'DecideAppeal',
  { cycleId: string; appealId: string; outcome: AppealOutcome; revokes?: readonly AppealRevocation[]; note?: string }
>;

/** The commands of an `appeal-<cycleId>-<appealId>` stream. */
export type AppealCommand = FileAppeal | DecideAppeal;
export type AppealCommandType = AppealCommand['type'];
export const APPEAL_COMMAND_TYPES: readonly AppealCommandType[] = ['FileAppeal', 'DecideAppeal'];
