import { PersistentMap } from './persistent';

/** From this size on a map a fold copies goes on as a persistent one (smaller ones are copied whole). */
const PERSISTENT_FROM = 32;

/**
 * The maps, sets and lists one fold has copied, and may therefore change in place.
 *
 * A fold replays a stream into a state nobody else holds until it returns. Copying a whole map on
 * every event made the fold of a long stream quadratic (a province-year's township holds tens of
 * thousands of events, issue 11); instead a fold copies a collection the first time an event changes
 * it and changes that copy, its own, in place afterwards. What the fold was given (a state a caller
 * holds, an event's data) is never its own, so it is copied, never changed: `evolve` and `fold`
 * change nothing a caller can see.
 *
 * Internal to the lib: deciders take a draft in their `evolve…In` functions; callers outside see only
 * `evolve` (which owns nothing and copies what it changes) and the folds built here.
 */
export class Draft {
  private constructor(private readonly own: WeakSet<object> | undefined) {}

  /** For one evolve on a state a caller holds: owns nothing, copies each collection it changes. */
  static readonly none: Draft = new Draft(undefined);

  /** A draft for one fold, owning nothing yet. */
  static forFold(): Draft {
    return new Draft(new WeakSet());
  }

  private claimed<T extends object>(copy: T): T {
    this.own?.add(copy);
    return copy;
  }

  private ownsMap<K, V>(map: ReadonlyMap<K, V>): map is Map<K, V> {
    return this.own?.has(map) === true;
  }

  private ownsSet<T>(set: ReadonlySet<T>): set is Set<T> {
    return this.own?.has(set) === true;
  }

  /**
   * `map` with `key` set to `value`. A map of PERSISTENT_FROM entries or more goes on as a
   * {@link PersistentMap}, so that a later fold (the read models' next batch) or one evolve on a held
   * state adds to it without copying it.
   */
  withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
    // A persistent map this fold made it changes in place; it owns it by a field, not by `own` (cheaper).
    if (map instanceof PersistentMap) {
      if (this.own !== undefined && map.ownedBy(this.own)) {
        map.setInPlace(key, value);
        return map;
      }
      return map.with(key, value, this.own);
    }
    if (this.ownsMap(map)) return map.set(key, value);
    if (map.size < PERSISTENT_FROM) return this.claimed(new Map(map).set(key, value));
    const copy = PersistentMap.of(map, this.own);
    copy.setInPlace(key, value);
    return copy;
  }

  /** `set` with `value` in it (the same set when it holds it already). */
  withMember<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
    if (set.has(value)) return set;
    if (this.ownsSet(set)) return set.add(value);
    return this.claimed(new Set(set).add(value));
  }

  /** `set` with every one of `values` in it. */
  withMembers<T>(set: ReadonlySet<T>, values: Iterable<T>): ReadonlySet<T> {
    let result = set;
    for (const value of values) result = this.withMember(result, value);
    return result;
  }

  /** `set` without `value` (the same set when it does not hold it). */
  withoutMember<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
    if (!set.has(value)) return set;
    const changed = this.ownsSet(set) ? set : this.claimed(new Set(set));
    changed.delete(value);
    return changed;
  }
}

/** Folds one event into a state, changing in place only what `draft` owns. Never throws. */
export type DraftEvolve<S, E> = (draft: Draft, state: S, event: E) => S;

/**
 * A stream being folded event after event, for a caller that decides between events (an import
 * checking row after row). The fold's state changes in place as it goes on: decide on it, do not
 * keep it across a later `evolve` (fold again, or `evolve` once, for a state to keep).
 */
export type StreamFold<S, E> = Readonly<{
  /** The state folded so far. */
  state: () => S;
  evolve: (event: E) => void;
}>;

/** The one fold: from `from`, each event through `evolve` on a draft of its own. */
export const startFold = <S, E>(evolve: DraftEvolve<S, E>, from: S): StreamFold<S, E> => {
  const draft = Draft.forFold();
  let state = from;
  return {
    state: () => state,
    evolve: (event) => {
      state = evolve(draft, state, event);
    },
  };
};

/** `from` with the events folded in, in order; `from` is not changed. Linear in the events. */
export const foldEvents = <S, E>(evolve: DraftEvolve<S, E>, events: Iterable<E>, from: S): S => {
  const fold = startFold(evolve, from);
  for (const event of events) fold.evolve(event);
  return fold.state();
};

/** Folds one event into a state a caller holds: copies what it changes, changes nothing it was given. */
export const evolveOnce =
  <S, E>(evolve: DraftEvolve<S, E>) =>
  (state: S, event: E): S =>
    evolve(Draft.none, state, event);
