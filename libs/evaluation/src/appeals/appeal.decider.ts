import { guarded, requiresActiveCycle } from '../deciding/guards';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import type { ProposalState } from '../proposals/proposal.state';
import { Conflict, Forbidden, NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { requireOneOf, requireText } from '../shared/validation.util';
import type { AppealCommand, DecideAppeal, FileAppeal } from './appeal.commands';
import type { AppealEvent, AppealOutcome, AppealRevocation, AppealTarget } from './appeal.events';
import type { AppealPending, AppealState } from './appeal.state';

/** An appeal is decided against the cycle and, when it contests a proposal, that proposal's stream. */
export type AppealContext = Readonly<{ cycle: CycleState; proposal?: ProposalState }>;

/** The appeal stream before its first event. */
export const initialAppealState = (): AppealState => ({ status: 'none' });

const OUTCOMES: readonly AppealOutcome[] = ['upheld', 'partly-upheld', 'dismissed'];
const REVOCABLE = ['deduction', 'bonus', 'veto'] as const;

// ── decide ──────────────────────────────────────────────────────────────────────────────────────

const checkTarget = (input: Readonly<{ against: AppealTarget; unitId: string; cycle: ActiveCycle; proposal: ProposalState | undefined }>): AppealTarget => {
  const { against } = input;
  switch (against.kind) {
    case 'proposal': {
      requireText({ path: 'against.proposalId', value: against.proposalId });
      const proposal = input.proposal;
      if (proposal === undefined || proposal.status === 'none') {
        throw new NotFound({ code: 'proposal-not-found', message: `no proposal ${against.proposalId}` });
      }
      if (proposal.unitId !== input.unitId) throw new Forbidden({ code: 'not-own-unit', message: 'a unit appeals only what concerns it' });
      if (proposal.status !== 'approved') {
        throw new RuleViolated({ code: 'nothing-to-appeal', message: `proposal ${against.proposalId} is ${proposal.status}: only an approved one can be appealed` });
      }
      return { kind: 'proposal', proposalId: against.proposalId };
    }
    case 'fact':
      return { kind: 'fact', factId: requireText({ path: 'against.factId', value: against.factId }) };
    case 'results':
      if (!input.cycle.scheme.index.categories.has(against.categoryId)) {
        throw invalidField({ path: 'against.categoryId', rule: 'unknown-category', message: `${against.categoryId} is not a category of the scheme` });
      }
      return { kind: 'results', categoryId: against.categoryId };
    default: {
      const unhandled: never = against;
      return unhandled;
    }
  }
};

const fileAppeal = (command: FileAppeal, input: Readonly<{ state: AppealState; cycle: ActiveCycle; proposal: ProposalState | undefined }>): AppealEvent[] => {
  if (input.state.status !== 'none') throw new Conflict({ code: 'appeal-exists', message: `appeal ${command.data.appealId} exists already` });
  const { cycleId, appealId, unitId, grounds } = command.data;
  const against = checkTarget({ against: command.data.against, unitId, cycle: input.cycle, proposal: input.proposal });
  return [
    {
      type: 'AppealFiled',
      data: {
        cycleId,
        appealId: requireText({ path: 'appealId', value: appealId }),
        unitId,
        against,
        grounds: requireText({ path: 'grounds', value: grounds }),
      },
    },
  ];
};

const pendingAppeal = (state: AppealState): AppealPending => {
  if (state.status === 'none') throw new NotFound({ code: 'appeal-not-found', message: 'no appeal under this id' });
  if (state.status === 'decided') throw new Conflict({ code: 'already-decided', message: `appeal ${state.appealId} is decided already` });
  return state;
};

// An upheld appeal against an approval revokes it unless the committee says otherwise.
const defaultRevocations = (appeal: AppealPending, proposal: ProposalState | undefined): readonly AppealRevocation[] => {
  if (appeal.against.kind !== 'proposal' || proposal === undefined || proposal.status !== 'approved') return [];
  return [{ proposalId: appeal.against.proposalId, kind: proposal.subject.kind }];
};

const decide = (command: DecideAppeal, input: Readonly<{ state: AppealState; proposal: ProposalState | undefined }>): AppealEvent[] => {
  const appeal = pendingAppeal(input.state);
  const outcome = requireOneOf({ path: 'outcome', value: command.data.outcome, allowed: OUTCOMES });
  const given = command.data.revokes;
  given?.forEach((revocation, at) => {
    requireText({ path: `revokes[${at}].proposalId`, value: revocation.proposalId });
    requireOneOf({ path: `revokes[${at}].kind`, value: revocation.kind, allowed: REVOCABLE });
  });
  if (outcome === 'dismissed' && given !== undefined && given.length > 0) {
    throw invalidField({ path: 'revokes', rule: 'dismissed-revokes-nothing', message: 'a dismissed appeal revokes nothing' });
  }
  const revokes = outcome === 'dismissed' ? [] : (given ?? (outcome === 'upheld' ? defaultRevocations(appeal, input.proposal) : []));
  return [
    {
      type: 'AppealDecided',
      data: {
        cycleId: command.data.cycleId,
        appealId: appeal.appealId,
        unitId: appeal.unitId,
        outcome,
        revokes,
        ...(command.data.note === undefined ? {} : { note: command.data.note }),
      },
    },
  ];
};

/** Decides an appeal command: [] for a command id already seen; throws a DomainError when refused. */
export const decideAppeal = guarded<AppealCommand, AppealEvent, AppealState, AppealContext, ActiveCycle>(
  {
    cycleOf: ({ context }) => context.cycle,
    activeCycle: requiresActiveCycle,
    scope: (_command, { state, context, cycle }) => ({ cycle, appeal: state, ...(context.proposal === undefined ? {} : { proposal: context.proposal }) }),
  },
  (command, { state, context, cycle }) => {
  switch (command.type) {
    case 'FileAppeal':
      return fileAppeal(command, { state, cycle, proposal: context.proposal });
    case 'DecideAppeal':
      return decide(command, { state, proposal: context.proposal });
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
  },
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

/** Folds one appeal event, changing in place only what the fold's draft owns; never throws. */
export const evolveAppealIn = (draft: Draft, state: AppealState, event: Recorded<AppealEvent>): AppealState => {
  switch (event.type) {
    case 'AppealFiled':
      return state.status === 'none'
        ? {
            status: 'filed',
            appealId: event.data.appealId,
            unitId: event.data.unitId,
            against: event.data.against,
            filedBy: event.metadata.actorId,
            filedEventId: event.id,
          }
        : state;
    case 'AppealDecided':
      return state.status === 'filed'
        ? { ...state, status: 'decided', outcome: event.data.outcome, revokes: event.data.revokes, decidedEventId: event.id }
        : state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** The decider of `appeal-<cycleId>-<appealId>`. */
export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState, AppealContext> = deciderOf({
  initialState: initialAppealState,
  evolve: evolveAppealIn,
  decide: decideAppeal,
});

/** Folds one appeal event into a state a caller holds (copying what it changes); never throws. */
export const evolveAppeal = appealDecider.evolve;
