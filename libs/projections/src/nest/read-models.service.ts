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

/** What the query side needs: the database, the schema, and how fresh each read model is. */
@Injectable()
export class ReadModelsService {
  readonly db: SqlQueryable;
  readonly schema: string;

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
   * runs the projection, the position its runner committed last (a query per read otherwise).
   */
  position(projection: string): Promise<string | null> {
    const committed = this.runner?.committedPosition(projection) ?? null;
    if (committed !== null) return Promise.resolve(committed.toString());
    return projectionPosition({ db: this.db, schema: this.schema }, projection);
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
        // Another process runs the projection: watch its checkpoint.
        for (;;) {
          const at = await this.position(projection);
          if (at !== null && BigInt(at) >= minPosition) break;
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
