import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@kaoping/eventstore';
import { READ_MODEL_NAMES, projectionStates, readModelProjections, type ProjectionState } from '@kaoping/projections';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';

/** A projection whose oldest unhandled event is older than this is lagging: /health says degraded. */
export const PROJECTION_LAG_LIMIT_SECONDS = 30;

export type ProjectionsReport = Readonly<{
  states: readonly ProjectionState[];
  /** One sentence per projection that is stopped or lagging. */
  problems: readonly string[];
}>;

/** Where each read model stands (from the checkpoints and faults every process shares), for /health and the metrics. */
@Injectable()
export class ProjectionsHealth {
  private readonly projections;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
  ) {
    this.projections = readModelProjections({ schema: config.databaseSchema, store }, READ_MODEL_NAMES).map((p) => ({ name: p.name, filter: p.filter }));
  }

  async report(now = new Date()): Promise<ProjectionsReport> {
    const states = await projectionStates({ db: this.database.client, schema: this.config.databaseSchema, store: this.store, projections: this.projections, now });
    const problems = states.flatMap((state) => {
      if (state.fault !== null) {
        const f = state.fault;
        return [
          `projection ${state.projection} stopped at event ${f.position}${f.eventType === null ? '' : ` (${f.eventType} ${f.eventId ?? ''} in ${f.streamId ?? ''})`} since ${f.since}, ${f.attempts} attempt(s): ${f.error}`,
        ];
      }
      if (state.lagSeconds > PROJECTION_LAG_LIMIT_SECONDS) {
        const who = this.config.runWorker ? 'this process runs it' : 'RUN_WORKER=false: is a worker (npm run start:worker) running?';
        return [`projection ${state.projection} lags: its oldest unhandled event is ${Math.round(state.lagSeconds)} s old (${who})`];
      }
      return [];
    });
    return { states, problems };
  }
}
