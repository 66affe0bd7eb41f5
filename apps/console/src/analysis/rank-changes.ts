import type { GetAnswer } from '../api/types';

type Line = GetAnswer<'/cycles/{cycleId}/live-scores/{categoryId}'>['units'][number];

/** A unit's move against the published results of the cycle before. */
export type RankMove = Readonly<{ unitId: string; name: string; total: string; rank: number; previousRank: number; change: number }>;

/** How a category's units moved: counts, and the moves up and down, largest first. */
export type RankChanges = Readonly<{
  /** Units ranked in the cycle before's published results (the rest were not: new, or no predecessor). */
  compared: number;
  risen: readonly RankMove[];
  fallen: readonly RankMove[];
  same: number;
  /** Units with a rank now and none in the cycle before's published results. */
  unranked: number;
}>;

/**
 * The category's rank changes as the engine gave them (each line's `resultsUse.rankChange`: places
 * gained against the predecessor's published rank), sorted by how far each moved, ties by this
 * year's rank. Counted over every line, so the page must hold the whole category.
 */
export const rankChangesOf = (units: readonly Line[]): RankChanges => {
  const risen: RankMove[] = [];
  const fallen: RankMove[] = [];
  let same = 0;
  let unranked = 0;
  for (const unit of units) {
    const change = unit.resultsUse.rankChange;
    if (change === undefined) {
      unranked += 1;
      continue;
    }
    const move = { unitId: unit.unitId, name: unit.name ?? unit.unitId, total: unit.total, rank: unit.rank, previousRank: change.previousRank, change: change.change };
    if (change.change > 0) risen.push(move);
    else if (change.change < 0) fallen.push(move);
    else same += 1;
  }
  risen.sort((a, b) => b.change - a.change || a.rank - b.rank);
  fallen.sort((a, b) => a.change - b.change || a.rank - b.rank);
  return { compared: risen.length + fallen.length + same, risen, fallen, same, unranked };
};
