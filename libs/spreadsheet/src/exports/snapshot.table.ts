import type { EventStore } from '@kaoping/eventstore';
import { NotFound, isResultsEvent, resultsStreamId } from '@kaoping/evaluation';
import { recordedEvaluationEvent } from '@kaoping/cycle-log';
import type { Table } from '../tables/table';
import { resultLinesTable } from './read-model.tables';

const PHASE_TITLES: Readonly<Record<string, string>> = { 'mid-year': '年中', 'year-end': '年终' };

/**
 * The latest snapshot (快照) or computed results of a category, as recorded in its results stream:
 * the lines as they were frozen, with the log position they were computed at and the event that
 * holds them. NotFound when the category has neither yet.
 */
export const latestSnapshotTable = async (store: EventStore, input: Readonly<{ cycleId: string; categoryId: string }>): Promise<Table> => {
  const stored = await store.readStream(resultsStreamId(input.cycleId, input.categoryId), { direction: 'backwards' });
  for (const event of stored) {
    const recorded = recordedEvaluationEvent(event);
    if (recorded === null || !isResultsEvent(recorded)) continue;
    if (recorded.type === 'SnapshotTaken') {
      const title = `快照（${PHASE_TITLES[recorded.data.phase] ?? recorded.data.phase}）`;
      return resultLinesTable(recorded.data.units, { ...input, title, position: recorded.data.asOfPosition, eventId: recorded.id });
    }
    if (recorded.type === 'ResultsComputed') {
      const title = recorded.data.appealId === undefined ? '结果计算' : `结果重算（申诉 ${recorded.data.appealId}）`;
      return resultLinesTable(recorded.data.units, { ...input, title, position: recorded.data.asOfPosition, eventId: recorded.id });
    }
  }
  throw new NotFound({
    code: 'no-snapshot',
    message: `no snapshot or computed results for category ${input.categoryId}`,
    details: [{ path: 'categoryId', rule: 'no-snapshot', message: 'take a snapshot or compute results first' }],
  });
};
