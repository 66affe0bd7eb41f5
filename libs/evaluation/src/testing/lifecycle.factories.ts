import type { PhaseId } from '@kaoping/scoring';
import { type Actor, type CommandMeta, type DomainEvent, type Recorded, metadataOf } from '../shared/envelope.types';
import type { EvaluationCommand, EvaluationCommandType, EvaluationEvent, EvaluationEventType } from '../shared/messages';

export const CYCLE_ID = 'c2026';

/** Actors in each role. */
export const actors = {
  admin: (): Actor => ({ userId: 'admin-1', role: 'admin' }),
  office: (userId = 'office-1'): Actor => ({ userId, role: 'office' }),
  committee: (userId = 'member-1'): Actor => ({ userId, role: 'committee' }),
  leader: (userId = 'head-1'): Actor => ({ userId, role: 'leader' }),
  reporter: (unitId: string, userId = `reporter-${unitId}`): Actor => ({ userId, role: 'unit-reporter', unitId }),
  provider: (providerId: string, userId = `provider-${providerId}`): Actor => ({ userId, role: 'data-provider', providerId }),
  inspector: (userId = 'inspector-1', providerId = 'efficiency-office'): Actor => ({ userId, role: 'inspector', providerId }),
  complaintHandler: (userId = 'hotline-1'): Actor => ({ userId, role: 'complaint-handler' }),
  surveyOffice: (userId = 'survey-1'): Actor => ({ userId, role: 'survey-office', providerId: 'stats-bureau' }),
  auditor: (): Actor => ({ userId: 'auditor-1', role: 'auditor' }),
  system: (): Actor => ({ userId: 'system', role: 'system' }),
};

let sequence = 0;
/** A fresh id with a prefix. */
export const freshId = (prefix: string): string => {
  sequence += 1;
  return `${prefix}-${sequence}`;
};

/** Command meta: a fresh command id, the actor, `now` (default mid-May 2026). */
export const meta = (actor: Actor, extra: Partial<Omit<CommandMeta, 'actor'>> = {}): CommandMeta => ({
  commandId: freshId('cmd'),
  now: '2026-05-15T09:00:00+08:00',
  ...extra,
  actor,
});

type CommandOf<T extends EvaluationCommandType> = Extract<EvaluationCommand, { type: T }>;
type EventOf<T extends EvaluationEventType> = Extract<EvaluationEvent, { type: T }>;

/** A command of a type; `cycleId` defaults to {@link CYCLE_ID}. */
export const command = <T extends EvaluationCommandType>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'cycleId'> & { cycleId?: string },
  commandMeta: CommandMeta,
): CommandOf<T> =>
  // The generic cannot be narrowed by TypeScript; the parameter types tie data to the type.
  ({ type, data: { cycleId: CYCLE_ID, ...data }, meta: commandMeta }) as unknown as CommandOf<T>;

/** An event of a type; `cycleId` defaults to {@link CYCLE_ID}. */
export const event = <T extends EvaluationEventType>(type: T, data: Omit<EventOf<T>['data'], 'cycleId'> & { cycleId?: string }): EventOf<T> =>
  ({ type, data: { cycleId: CYCLE_ID, ...data } }) as unknown as EventOf<T>;

/** An event as recorded: an id, who recorded it (default the office) and when. */
export const recorded = <E extends DomainEvent>(
  domainEvent: E,
  options: Readonly<{ id?: string; actor?: Actor; commandId?: string; at?: string; reason?: string }> = {},
): Recorded<E> => {
  const actor = options.actor ?? actors.office();
  const metadata = metadataOf(
    {
      commandId: options.commandId ?? freshId('cmd'),
      actor,
      now: options.at ?? '2026-05-15T09:00:00+08:00',
      ...(options.reason === undefined ? {} : { reason: options.reason }),
    },
    options.at ?? '2026-05-15T09:00:00+08:00',
  );
  return { ...domainEvent, id: options.id ?? freshId('evt'), metadata };
};

/** The recorded events of a cycle with the test scheme published and these phases opened (and closed). */
export const cycleEvents = (
  input: Readonly<{ scheme: unknown; open?: readonly PhaseId[]; closed?: readonly Readonly<{ phase: PhaseId; periods: readonly string[] }>[] }>,
): Recorded<EvaluationEvent>[] => [
  recorded(event('CycleCreated', { year: 2026, name: '2026年度绩效考评' })),
  recorded(event('SchemePublished', { version: 1, scheme: input.scheme })),
  ...(input.closed ?? []).flatMap(({ phase, periods }) => [
    recorded(event('PhaseOpened', { phase, trigger: 'manual' })),
    recorded(event('PhaseClosed', { phase, trigger: 'manual', periodsClosed: periods })),
  ]),
  ...(input.open ?? []).map((phase) => recorded(event('PhaseOpened', { phase, trigger: 'manual' }))),
];
