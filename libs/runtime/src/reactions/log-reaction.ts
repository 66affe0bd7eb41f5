import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { RecordedEvent } from '@kaoping/eventstore';

/** What a reaction did with one event of the log. */
export type ReactionOutcome = Readonly<{ reaction: string; failure?: unknown }>;

/**
 * An event of the log as it travels on the @nestjs/cqrs EventBus. There is one subclass per event
 * type ({@link loggedEventOf}), so `@EventsHandler` routes by the log's type; the recorded event
 * (id, position, data, metadata) travels whole. Each {@link LogReaction} that receives it says so
 * here, with the promise of its work, so the feed can wait for every reaction before it moves
 * its checkpoint past the event (the bus's own `publish` waits for nothing).
 */
export abstract class LoggedEvent {
  private readonly started: { reaction: string; done: Promise<ReactionOutcome> }[] = [];

  constructor(readonly event: RecordedEvent) {}

  /** A reaction began its work on this event (called by {@link LogReaction.handle}). */
  reactionStarted(reaction: string, work: Promise<void>): void {
    this.started.push({ reaction, done: work.then(() => ({ reaction }), (failure: unknown) => ({ reaction, failure })) });
  }

  /** The reactions that began, and how each ended, once all of them have ended. */
  outcomes(): Promise<readonly ReactionOutcome[]> {
    return Promise.all(this.started.map((s) => s.done));
  }
}

type LoggedEventClass = new (event: RecordedEvent) => LoggedEvent;
const classes = new Map<string, LoggedEventClass>();

/** The EventBus class of an event type of the log (one per type, made on first use). */
export const loggedEventOf = (type: string): LoggedEventClass => {
  const known = classes.get(type);
  if (known !== undefined) return known;
  const made = class extends LoggedEvent {};
  Object.defineProperty(made, 'name', { value: type });
  classes.set(type, made);
  return made;
};

const REACTS_TO = Symbol('kaoping:reacts-to');

/**
 * Marks a {@link LogReaction} as the EventBus handler of these event types of the log: an
 * `@EventsHandler` of their classes, and the types the reactions' feed subscribes to.
 */
export const ReactsTo =
  (...types: readonly string[]): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(REACTS_TO, [...types], target);
    EventsHandler(...types.map(loggedEventOf))(target);
  };

/** The event types a class reacts to (empty when it is no reaction). */
export const reactsTo = (target: unknown): readonly string[] => {
  if (typeof target !== 'function') return [];
  const types: unknown = Reflect.getMetadata(REACTS_TO, target);
  return Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : [];
};

/**
 * An in-process reaction to events of the log: a singleton `@EventsHandler` (see
 * {@link ReactsTo}) whose `react` is one call into a lib. It runs at least once per event, again
 * after a failure or a crash before the checkpoint moved, so `react` must be idempotent. A
 * failure is not lost: the feed stops at the event, says so, and delivers it again.
 */
export abstract class LogReaction implements IEventHandler<LoggedEvent> {
  /** Called by the EventBus. The work's failure goes to the feed, which reports and retries it. */
  handle(logged: LoggedEvent): Promise<void> {
    const work = Promise.resolve().then(() => this.react(logged.event));
    logged.reactionStarted(this.constructor.name, work);
    return work.catch(() => undefined);
  }

  protected abstract react(event: RecordedEvent): Promise<void>;
}
