import type { RecordedEvent } from '@kaoping/eventstore';
import { InvalidInput, factsOfProposalEvent, factsOfUnitEvent, isProposalEvent, isUnitEvent, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { readCycleLog } from '../as-of/cycle-log';
import { type EventLink, linkOf } from '../as-of/event-link';
import { type AuditContext, type UnitLine, lineOf, scoreLogAt } from '../as-of/score-as-of';
import { type Moment, type ResolvedMoment, resolveMoment } from '../moments/moment';

/**
 * A fact recorded between the two moments: one that counts from then on (`arrived`), one that
 * replaces an earlier value (`corrected`, with it), one that takes an approval back (`revoked`,
 * with it), or another step of the lifecycle (`recorded`: a finding, a claim, an appeal, results).
 */
export type FactChange = Readonly<{
  kind: 'arrived' | 'corrected' | 'revoked' | 'recorded';
  unitId?: string;
  event: EventLink;
  /** The earlier event a correction replaces or a revocation takes back. */
  changes?: EventLink;
}>;

/** A number of a unit that moved: total, bonus, deduction, grade, rank or a part (`parts.<id>`). */
export type NumberChange = Readonly<{ unitId: string; field: string; from: string | null; to: string | null }>;

/** What changed in a category between two moments of the log. */
export type ScoreDiff = Readonly<{
  cycleId: string;
  categoryId: string;
  from: ResolvedMoment;
  to: ResolvedMoment;
  facts: readonly FactChange[];
  changes: readonly NumberChange[];
  units: readonly Readonly<{ unitId: string; before: UnitLine | null; after: UnitLine | null }>[];
}>;

const dataField = (event: RecordedEvent, field: string): string | undefined => {
  const { data } = event;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const value = data[field];
  return typeof value === 'string' ? value : undefined;
};

const countsForScoring = (event: Recorded<EvaluationEvent>): boolean =>
  (isUnitEvent(event) && factsOfUnitEvent(event).length > 0) || (isProposalEvent(event) && factsOfProposalEvent(event).length > 0);

const REVOCATIONS: ReadonlySet<string> = new Set(['DeductionRevoked', 'BonusRevoked', 'VetoRevoked']);

const numbersOf = (line: UnitLine | null): ReadonlyMap<string, string> =>
  new Map(
    line === null
      ? []
      : [
          ['total', line.total],
          ...Object.entries(line.parts).map(([id, shown]): [string, string] => [`parts.${id}`, shown]),
          ['bonus', line.bonus],
          ['deduction', line.deduction],
          ['grade', line.grade],
          ['rank', String(line.rank)],
        ],
  );

const numberChanges = (unitId: string, before: UnitLine | null, after: UnitLine | null): readonly NumberChange[] => {
  const old = numbersOf(before);
  const now = numbersOf(after);
  const fields = [...new Set([...old.keys(), ...now.keys()])];
  return fields.flatMap((field) => {
    const from = old.get(field) ?? null;
    const to = now.get(field) ?? null;
    return from === to ? [] : [{ unitId, field, from, to }];
  });
};

/**
 * The difference between two moments of a category (e.g. `published` and `now`): both scored from
 * the log as it stood then, the facts recorded in between with who, when and why, and every
 * number that moved (old → new). With `unitId`, only that unit's facts and numbers.
 */
export const diffBetween = async (
  context: AuditContext,
  query: Readonly<{ cycleId: string; categoryId: string; from: Moment; to: Moment; unitId?: string }>,
): Promise<ScoreDiff> => {
  const { cycleId, categoryId } = query;
  const from = await resolveMoment({ ...context, cycleId, categoryId, moment: query.from });
  const to = await resolveMoment({ ...context, cycleId, categoryId, moment: query.to });
  if (BigInt(from.position) > BigInt(to.position)) {
    const message = `'from' (position ${from.position}) is later than 'to' (position ${to.position})`;
    throw new InvalidInput({ code: 'moments-out-of-order', message, details: [{ path: 'from', rule: 'before-to', message }] });
  }
  const before = await readCycleLog({ store: context.store, cycleId, position: BigInt(from.position) });
  const after = await readCycleLog({ store: context.store, cycleId, position: BigInt(to.position) });
  const old = scoreLogAt({ log: before, moment: from, cycleId, categoryId });
  const now = scoreLogAt({ log: after, moment: to, cycleId, categoryId });

  const inCategory = new Set([...old.units, ...now.units].map((unit) => unit.unitId));
  const wanted = (unitId: string | undefined): boolean =>
    query.unitId === undefined ? unitId === undefined || inCategory.has(unitId) : unitId === query.unitId;

  const facts: FactChange[] = [];
  for (const event of after.events) {
    if (before.stored.has(event.id)) continue;
    const stored = after.stored.get(event.id);
    if (stored === undefined) continue;
    const unitId = 'unitId' in event.data && typeof event.data.unitId === 'string' ? event.data.unitId : undefined;
    if (!wanted(unitId)) continue;
    // Another category's own facts (its snapshots, results, publication) are not this one's.
    if (unitId === undefined && 'categoryId' in event.data && typeof event.data.categoryId === 'string' && event.data.categoryId !== categoryId) continue;
    const base = { ...(unitId === undefined ? {} : { unitId }), event: linkOf(stored) };
    const revokes = REVOCATIONS.has(event.type) ? dataField(stored, 'revokes') : undefined;
    const supersedes = dataField(stored, 'supersedes');
    const earlier = after.stored.get(revokes ?? supersedes ?? '');
    const changes = earlier === undefined ? {} : { changes: linkOf(earlier) };
    if (revokes !== undefined) facts.push({ kind: 'revoked', ...base, ...changes });
    else if (supersedes !== undefined || event.type === 'TargetChanged') facts.push({ kind: 'corrected', ...base, ...changes });
    else facts.push({ kind: countsForScoring(event) ? 'arrived' : 'recorded', ...base });
  }

  const lines = (units: typeof old.units) => new Map(units.map((unit) => [unit.unitId, lineOf(unit)]));
  const oldLines = lines(old.units);
  const newLines = lines(now.units);
  const unitIds = [...new Set([...newLines.keys(), ...oldLines.keys()])].filter((unitId) => query.unitId === undefined || unitId === query.unitId);
  const units = unitIds.map((unitId) => ({ unitId, before: oldLines.get(unitId) ?? null, after: newLines.get(unitId) ?? null }));
  return {
    cycleId,
    categoryId,
    from,
    to,
    facts,
    changes: units.flatMap((unit) => numberChanges(unit.unitId, unit.before, unit.after)),
    units,
  };
};
