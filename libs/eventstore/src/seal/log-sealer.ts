import type { EventStore } from '../event-store';
import type { CheckpointStore, RecordedEvent } from '../event-store.port';
import type { Subscription } from '../subscriptions/catch-up-subscription';

/** The event that publishes results: each one is sealed by a signed checkpoint covering it. */
export const PUBLICATION_EVENT_TYPE = 'ResultsPublished';

export type LogSealerOptions = Readonly<{
  /**
   * Where its own subscription to publications keeps its checkpoint. Without it the sealer does
   * not subscribe: the caller hands it each publication through {@link LogSealer.sealPublication}
   * (the Nest apps do, from their one reactions feed).
   */
  checkpoints?: CheckpointStore;
  /** How often the global chain is extended (default 2 s). */
  sealEveryMs?: number;
  /** How often a checkpoint is signed when new events were sealed (default 60 s). */
  signEveryMs?: number;
  /** Told when a seal fails (it is tried again at the next tick). */
  onError?: (error: unknown) => void;
}>;

/** A running sealer; {@link stop} ends it. */
export type LogSealer = Readonly<{
  /**
   * Seals the log up to (at least) a publication and signs a checkpoint covering it. Again for
   * the same event: another signed checkpoint at the head, the chain unchanged (idempotent).
   */
  sealPublication: (event: RecordedEvent) => Promise<void>;
  stop: () => Promise<void>;
}>;

/**
 * Keeps the global chain sealed and the log head signed: extends the chain every few seconds,
 * signs a checkpoint every minute when there is something new, and signs one at every
 * publication of results (a reaction to `ResultsPublished`, through a catch-up subscription when
 * `checkpoints` is given, so a publication made while no sealer ran is sealed when one starts).
 */
export const startLogSealer = (store: EventStore, options: LogSealerOptions): LogSealer => {
  const sealEveryMs = options.sealEveryMs ?? 2_000;
  const signEveryMs = options.signEveryMs ?? 60_000;
  const onError = options.onError ?? (() => undefined);
  let lastSigned = Date.now();
  let unsigned = false;
  let running: Promise<void> = Promise.resolve();
  const tick = (): void => {
    running = running.then(async () => {
      try {
        const due = Date.now() - lastSigned >= signEveryMs;
        const result = await store.seal({ sign: due && unsigned, reason: 'periodic' });
        if (result.sealedEvents > 0) unsigned = true;
        if (result.checkpoint !== undefined) {
          lastSigned = Date.now();
          unsigned = false;
        }
      } catch (error: unknown) {
        onError(error);
      }
    });
  };
  const timer = setInterval(tick, sealEveryMs);
  timer.unref();
  const sealPublication = async (event: RecordedEvent): Promise<void> => {
    await store.seal({ reason: `${PUBLICATION_EVENT_TYPE} ${event.streamId} @ ${event.globalPosition}` });
    lastSigned = Date.now();
    unsigned = false;
  };
  const checkpoints = options.checkpoints;
  const publications: Subscription | undefined =
    checkpoints === undefined
      ? undefined
      : store.subscribe({
          subscriptionId: 'log-sealer:publications',
          checkpoints,
          filter: { eventTypes: [PUBLICATION_EVENT_TYPE] },
          handle: async (events) => {
            const last = events[events.length - 1];
            if (last !== undefined) await sealPublication(last);
          },
        });
  void publications?.ended.then((end) => {
    if (end.kind === 'failed') onError(end.error);
  });
  return {
    sealPublication,
    stop: async () => {
      clearInterval(timer);
      await publications?.stop();
      await running;
    },
  };
};
