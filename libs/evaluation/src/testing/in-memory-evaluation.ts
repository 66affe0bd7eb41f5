import { decide, type ContextNeeds, type ContextStreams } from '../deciding/decide';
import { foldCycleView, type CycleView } from '../scoring-facts/cycle-view';
import { type Recorded, metadataOf } from '../shared/envelope.types';
import { eventsOfCommand } from '../shared/idempotency.util';
import type { EvaluationCommand, EvaluationEvent } from '../shared/messages';
import { commandRoute } from '../streams/command-routing';
import { isAppealEvent } from '../streams/event-guards';

/**
 * The command handler in memory, for tests: the same {@link decide} as production, over streams
 * kept in a map; appends with ids and metadata (recordedAt = the command's `now`). Like the
 * production shell (cycle-log's executeCommand), it recognises a repeated command id before
 * deciding, and answers with the events it produced first.
 */
export const inMemoryEvaluation = () => {
  const streams = new Map<string, Recorded<EvaluationEvent>[]>();
  const log: Recorded<EvaluationEvent>[] = [];
  const read = (streamId: string | undefined): readonly Recorded<EvaluationEvent>[] => (streamId === undefined ? [] : (streams.get(streamId) ?? []));
  const context = (needs: ContextNeeds): ContextStreams => ({
    cycle: read(needs.cycle),
    unit: read(needs.unit),
    proposal: read(needs.proposal),
    ...(needs.appealsOf === undefined ? {} : { appeals: log.filter(isAppealEvent) }),
  });

  return {
    /** Decides and appends; returns the new (or, for a repeated command id, the original) events. */
    run: (command: EvaluationCommand): readonly Recorded<EvaluationEvent>[] => {
      const { stream } = commandRoute(command);
      const earlier = eventsOfCommand(read(stream), command.meta.commandId);
      if (earlier.length > 0) return earlier;
      const fresh = decide(command, { stream: read(stream), context });
      if (fresh.length === 0) return [];
      const appended = fresh.map(
        (domainEvent, index): Recorded<EvaluationEvent> => ({
          ...domainEvent,
          id: `evt-${log.length + 1 + index}`,
          metadata: metadataOf(command.meta, command.meta.now),
          streamId: stream,
          position: String(log.length + 1 + index),
        }),
      );
      streams.set(stream, [...read(stream), ...appended]);
      log.push(...appended);
      return appended;
    },
    /** Every event in log order. */
    log: (): readonly Recorded<EvaluationEvent>[] => log,
    stream: read,
    view: (): CycleView => foldCycleView(log),
  };
};
