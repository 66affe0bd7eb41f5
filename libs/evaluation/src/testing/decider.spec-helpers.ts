import { DomainError, type ErrorKind } from '../shared/domain-error';
import type { Decider, DomainCommand, DomainEvent, Recorded } from '../shared/envelope.types';

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

/**
 * given / when / then for a decider (emmett style): given recorded events of the stream, when a
 * command is decided with a context, then these events — or this refusal.
 */
export const deciderSpec = <C extends DomainCommand, E extends DomainEvent, S, X>(decider: Decider<C, E, S, X>) => ({
  given: (events: readonly Recorded<E>[]) => {
    const state = decider.fold(events);
    return {
      state,
      when: (command: C, context: X) => {
        const decide = (): E[] => decider.decide(command, { state, context });
        return {
          then: (expected: readonly E[]): void => {
            expect(decide()).toEqual(expected);
          },
          thenNothing: (): void => {
            expect(decide()).toEqual([]);
          },
          thenMatches: (expected: readonly Partial<Record<'type' | 'data', unknown>>[]): void => {
            expect(decide()).toMatchObject(expected);
          },
          /** The refusal's kind and code; `inspect` looks further (details…). */
          thenThrows: (expected: Readonly<{ kind: ErrorKind; code: string }>, inspect?: (error: DomainError) => void): void => {
            const error = caught(decide);
            expect(error).toBeInstanceOf(DomainError);
            expect(error).toMatchObject(expected);
            if (inspect !== undefined && error instanceof DomainError) inspect(error);
          },
          events: decide,
        };
      },
    };
  },
});
