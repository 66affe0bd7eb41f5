/** One append waiting to be written: its events, decided on the stream's tip `revision`/`hash`. */
export type GroupedAppend<T> = Readonly<{
  streamId: string;
  /** How many events it writes (bounds the size of a group). */
  size: number;
  request: T;
}>;

export type GroupCommitOptions<T> = Readonly<{
  /**
   * Writes a group in one transaction and answers, for each append in order, its outcome (the
   * appends are decided one by one: a refused one does not refuse the others).
   */
  commit: (group: readonly GroupedAppend<T>[]) => Promise<readonly (bigint | null)[]>;
  /** Groups written at the same time; an append that finds one free is written at once, alone. */
  maxRunning: number;
  /** At most this many events in a group (one larger append still goes, alone). */
  maxEvents: number;
  /** At most this many appends in a group. */
  maxAppends: number;
  /**
   * Whether a failed group is known to have written nothing and its appends may be written again
   * one by one (so that the one that failed fails alone).
   */
  retryAlone: (error: unknown) => boolean;
}>;

type Waiting<T> = GroupedAppend<T> &
  Readonly<{ resolve: (outcome: bigint | null) => void; reject: (error: unknown) => void }>;

/**
 * Group commit of the appends of one process: while `maxRunning` groups are being written (each
 * one transaction, hence one WAL flush), the appends that arrive wait and then go together in
 * the next group. A lone append never waits. A group holds at most one append per stream, sorted
 * by stream id, so that two groups lock stream rows in the same order and cannot deadlock.
 */
export class GroupCommit<T> {
  private readonly waiting: Waiting<T>[] = [];
  private running = 0;

  constructor(private readonly options: GroupCommitOptions<T>) {}

  /** Writes the append with the next group; resolves with its outcome (see `commit`). */
  write(append: GroupedAppend<T>): Promise<bigint | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...append, resolve, reject });
      this.startGroups();
    });
  }

  private startGroups(): void {
    while (this.running < this.options.maxRunning && this.waiting.length > 0) {
      const group = this.takeGroup();
      this.running++;
      void this.run(group).finally(() => {
        this.running--;
        this.startGroups();
      });
    }
  }

  /** The waiting appends that fit in one group, oldest first, one per stream; the others keep waiting. */
  private takeGroup(): Waiting<T>[] {
    // The usual case of sequential appends: one waiting, a group of one.
    if (this.waiting.length === 1) return this.waiting.splice(0, 1);
    const group: Waiting<T>[] = [];
    const streams = new Set<string>();
    let events = 0;
    const left: Waiting<T>[] = [];
    for (const append of this.waiting) {
      const fits =
        group.length === 0 ||
        (group.length < this.options.maxAppends && events + append.size <= this.options.maxEvents && !streams.has(append.streamId));
      if (fits) {
        group.push(append);
        streams.add(append.streamId);
        events += append.size;
      } else {
        left.push(append);
      }
    }
    this.waiting.splice(0, this.waiting.length, ...left);
    return group.sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  }

  private async run(group: readonly Waiting<T>[]): Promise<void> {
    try {
      const outcomes = await this.options.commit(group);
      group.forEach((append, i) => append.resolve(outcomes[i] ?? null));
    } catch (error: unknown) {
      if (group.length === 1 || !this.options.retryAlone(error)) {
        for (const append of group) append.reject(error);
        return;
      }
      await Promise.all(
        group.map(async (append) => {
          try {
            const [outcome] = await this.options.commit([append]);
            append.resolve(outcome ?? null);
          } catch (aloneError: unknown) {
            append.reject(aloneError);
          }
        }),
      );
    }
  }
}
