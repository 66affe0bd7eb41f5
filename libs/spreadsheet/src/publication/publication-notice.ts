import { publicationOf, scoreAt } from '@kaoping/audit';
import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { cycleStreamId } from '@kaoping/evaluation';
import type { NoticeInput } from './notice-pdf';

const field = (event: RecordedEvent, name: string): unknown => (typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data) ? event.data[name] : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

type Line = Readonly<{ unitId: string; total: string; grade: string; rank: number }>;
const linesOf = (value: unknown): readonly Line[] =>
  (Array.isArray(value) ? value : []).flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const entry = item as Readonly<Record<string, unknown>>;
    return [{ unitId: text(entry['unitId']), total: text(entry['total']), grade: text(entry['grade']), rank: typeof entry['rank'] === 'number' ? entry['rank'] : 0 }];
  });

export const DEFAULT_ISSUER = '绩效考评办公室';
export const DEFAULT_APPEAL_ROUTE = '对公示结果有异议的单位，请于公示期内通过考评系统提出申诉（附理由和证据），由绩效考评委员会审议决定。';

/**
 * What the 公示 of a category shows, read from the log: the last ResultsPublished of the
 * category, the ResultsComputed it publishes (lines, and the log position they were computed at),
 * the parts of each unit scored from the log at that position, and the events' hashes as the seal.
 */
export const publicationNotice = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; issuer?: string; appealRoute?: string }>,
): Promise<NoticeInput> => {
  const { store, cycleId, categoryId } = input;
  const { published, computed } = await publicationOf({ store, cycleId, categoryId });
  const asOfPosition = text(field(computed, 'asOfPosition'));
  const { result } = await scoreAt({ store, now: () => new Date(published.recordedAt) }, { cycleId, categoryId, moment: { kind: 'position', position: BigInt(asOfPosition) } });
  const byUnit = new Map(result.units.map((unit) => [unit.unitId, unit]));
  const gradeLabel = new Map(result.units.map((unit) => [unit.grade.id, unit.grade.label['zh-CN']]));
  const created = (await store.readStream(cycleStreamId(cycleId), { maxCount: 1 }))[0];
  const parts = result.units[0]?.parts ?? [];
  return {
    cycleId,
    cycleName: created === undefined ? cycleId : text(field(created, 'name')) || cycleId,
    categoryId,
    categoryLabel: result.label['zh-CN'],
    issuer: input.issuer ?? DEFAULT_ISSUER,
    publishedAt: published.recordedAt,
    noticeEndsAt: text(field(published, 'noticeEndsAt')),
    appealRoute: input.appealRoute ?? DEFAULT_APPEAL_ROUTE,
    partTitles: parts.map((part) => part.label['zh-CN']),
    lines: linesOf(field(computed, 'units')).map((line) => {
      const unit = byUnit.get(line.unitId);
      return { rank: line.rank, unit: unit?.name ?? line.unitId, parts: parts.map((part) => unit?.parts.find((p) => p.id === part.id)?.shown ?? ''), total: line.total, grade: gradeLabel.get(line.grade) ?? line.grade };
    }),
    seal: { asOfPosition, computedEventId: computed.id, computedHash: computed.hash, publishedEventId: published.id, publishedHash: published.hash, publishedPosition: published.globalPosition.toString() },
  };
};
