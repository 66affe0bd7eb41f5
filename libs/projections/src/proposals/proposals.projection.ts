import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { evaluationEventsOf } from '../cycle-views/cycle-views';
import { type Projection, type ProjectionContext } from '../runner/projection';
import { proposalChangeOf } from './proposal-life.reducer';
import { PROPOSALS_TABLE, migrateProposals, writeProposalChange } from './proposals.persistence';

export const PROPOSALS = 'proposals';

/** Each proposal's life: recorded → approved / rejected → revoked, with who, role, when and why. */
export const proposalsProjection = (context: ProjectionContext): Projection => ({
  name: PROPOSALS,
  filter: { streamPrefixes: ['proposal-'] },
  tables: [PROPOSALS_TABLE],
  migrate: (db: SqlQueryable) => migrateProposals(db, context.schema),
  apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
    for (const event of evaluationEventsOf(batch)) {
      const change = proposalChangeOf(event);
      if (change !== null) await writeProposalChange(tx, { schema: context.schema, change });
    }
  },
});
