import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, SqlQueryable } from '@kaoping/eventstore';
import { InvalidInput } from '@kaoping/evaluation';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import { projectionPosition } from '../queries/read-model.queries';
import type { ProjectionRunner } from '../runner/projection-runner';
import { PROJECTION_RUNNER } from './projections.tokens';

/** The read model is not at the position the client asked for: it may retry shortly. */
export class ReadModelBehind extends Error {
  readonly code = 'read-model-behind';
  constructor(
    readonly projection: string,
    readonly wanted: string,
    readonly reached: string | null,
  ) {
    super(`the ${projection} read model has not reached position ${wanted} yet (it is at ${reached ?? 'nothing'}); retry shortly`);
    this.name = 'ReadModelBehind';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long the position of a read model another process runs, once read, answers for it: a read
 * model's position only grows (but for a rebuild, which starts it again from nothing), so a position
 * read a moment ago is still true of its rows (they reflect at least that much), and the reads of an
 * API beside a worker do not each query it.
 */
const KNOWN_POSITION_MAX_AGE_MS = 100;

/** What the query side needs: the database, the schema, and how fresh each read model is. */
@Injectable()
export class ReadModelsService {
  readonly db: SqlQueryable;
  readonly schema: string;
  /** The highest position read of each read model another process runs, and when (performance.now()). */
  private readonly known = new Map<string, Readonly<{ position: bigint; readAt: number }>>();

  constructor(
    @Inject(SQL_DATABASE) database: SqlDatabase,
    @Inject(KAOPING_CONFIG) config: KaopingConfig,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.db = database.client;
    this.schema = config.databaseSchema;
  }

  /**
   * The position a read model reflects (every event up to it is in its rows): where this process
   * runs the projection, the position its runner committed last; otherwise the one read from its
   * checkpoint, again at most every {@link KNOWN_POSITION_MAX_AGE_MS}.
   */
  position(projection: string): Promise<string | null> {
    const committed = this.runner?.committedPosition(projection) ?? null;
    if (committed !== null) return Promise.resolve(committed.toString());
    const known = this.knownNow(projection);
    return known === undefined ? this.readPosition(projection) : Promise.resolve(known.toString());
  }

  /** The position read of a read model another process runs, if it was read at most {@link KNOWN_POSITION_MAX_AGE_MS} ago. */
  private knownNow(projection: string): bigint | undefined {
    const known = this.known.get(projection);
    return known !== undefined && performance.now() - known.readAt < KNOWN_POSITION_MAX_AGE_MS ? known.position : undefined;
  }

  /** The position from the read model's checkpoint, kept as the highest known. */
  private async readPosition(projection: string): Promise<string | null> {
    const readAt = performance.now();
    const read = await projectionPosition({ db: this.db, schema: this.schema }, projection);
    if (read === null) return null;
    const position = BigInt(read);
    const known = this.known.get(projection);
    this.known.set(projection, { position: known !== undefined && known.position > position ? known.position : position, readAt });
    return read;
  }

  /**
   * Waits until the read model has handled every event up to `minPosition` (the position a client
   * got back from its own write), at most `timeoutMs`; then answers the position it reflects.
   */
  async freshAt(projection: string, minPosition: bigint | undefined, timeoutMs = 5000): Promise<string | null> {
    if (minPosition !== undefined) {
      const deadline = Date.now() + timeoutMs;
      if (this.runner?.runs(projection)) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<'late'>((resolve) => {
          timer = setTimeout(() => resolve('late'), timeoutMs);
        });
        const reached = await Promise.race([this.runner.caughtUpTo(minPosition, [projection]).then(() => 'ok' as const, () => 'late' as const), timeout]);
        clearTimeout(timer);
        if (reached === 'late') throw await this.behind(projection, minPosition);
      } else {
        // Another process runs the projection: watch its checkpoint (a position known to be reached needs no query).
        for (;;) {
          const known = this.knownNow(projection);
          if (known !== undefined && known >= minPosition) return known.toString();
          const at = await this.readPosition(projection);
          if (at !== null && BigInt(at) >= minPosition) return at;
          if (Date.now() >= deadline) throw await this.behind(projection, minPosition);
          await sleep(50);
        }
      }
    }
    return this.position(projection);
  }

  /** Why `minPosition` was not reached in time: past the log's end (invalid input naming it), or the read model still catching up. */
  private async behind(projection: string, minPosition: bigint): Promise<Error> {
    const head = await this.store.headPosition();
    // No write returned it (a write answers its position once committed, and the stable head passes
    // it as soon as the appends older than it end): waiting longer cannot help.
    if (minPosition > head) {
      const message = `minPosition ${minPosition} is past the end of the log (${head}): send a position a write returned`;
      return new InvalidInput({ code: 'invalid-input', message, details: [{ path: 'minPosition', rule: 'positionInLog', message }] });
    }
    return new ReadModelBehind(projection, minPosition.toString(), await this.position(projection));
  }
}
