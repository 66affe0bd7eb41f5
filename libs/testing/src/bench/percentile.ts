/** The value at percentile `p` (0–100) of values sorted ascending: the one at index ⌊n·p/100⌋ (the largest for p = 100); `empty` when there is none. */
export const percentile = (sorted: readonly number[], p: number, empty = 0): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? empty;
