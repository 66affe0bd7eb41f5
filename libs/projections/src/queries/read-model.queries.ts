import { type EventStore, type SqlParam, type SqlQueryable, type SqlRow, queryPrepared } from '@kaoping/eventstore';
import { scoreUnitFromLog } from '@kaoping/cycle-log';
import { eventIdOfFact } from '@kaoping/evaluation';
import type { ExplanationNode } from '@kaoping/scoring';
import type { AuditEntry } from '../audit-trail/audit-trail.reducer';
import { AUDIT_TABLE } from '../audit-trail/audit-trail.persistence';
import { LIVE_CATEGORIES_TABLE, LIVE_SCORES_TABLE } from '../live-scores/live-scores.persistence';
import { PROPOSALS_TABLE } from '../proposals/proposals.persistence';
import { PROPOSALS } from '../proposals/proposals.projection';
import { SQL_INTEGER_MAX, jsonOf, numberOf, optionalTextOf, tableOf, textOf } from '../runner/read-model-sql';
import { SUBMISSION_TABLE } from '../submission-status/submission-status.persistence';

type Db = Readonly<{ db: SqlQueryable; schema: string }>;

/** The position a projection's rows reflect: every event up to it is in them (null: none yet). */
export const projectionPosition = async ({ db, schema }: Db, projection: string): Promise<string | null> => {
  const [row] = await queryPrepared(db, `SELECT position::text AS position FROM ${tableOf(schema, 'rm_checkpoints')} WHERE projection = $1`, [projection]);
  return row === undefined ? null : textOf(row, 'position');
};

export type LiveCategory = Readonly<{
  cycleId: string;
  categoryId: string;
  label: unknown;
  schemeVersion: number | null;
  asOf: string | null;
  position: string | null;
  grades: unknown;
  warnings: unknown;
  published: Readonly<{ eventId: string; at: string }> | null;
  /** The ranking group the category's units are ranked and graded in (null: the category alone). */
  ranking: Readonly<{ id: string; label: unknown; units: number }> | null;
  /** The categories whose units the lines hold: the category itself, or a ranking group's members. */
  categories: readonly string[];
}>;

export type LiveUnitScore = Readonly<{
  unitId: string;
  /** The category the unit is scored in. */
  categoryId: string;
  name: string | null;
  total: string;
  totalExact: string;
  rank: number;
  grade: unknown;
  parts: unknown;
  bonus: unknown;
  deduction: unknown;
  flags: unknown;
  /** Results use (结果运用): pay factor, excellence ratio, actions of the grade, rank change against last year. */
  resultsUse: unknown;
}>;

const rankingOf = (value: unknown): LiveCategory['ranking'] => {
  if (typeof value !== 'object' || value === null) return null;
  const { id, label, units } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof units === 'number' ? { id, label, units } : null;
};

const categoryOf = (row: SqlRow): LiveCategory => {
  const published = optionalTextOf(row, 'published_event_id');
  return {
    cycleId: textOf(row, 'cycle_id'),
    categoryId: textOf(row, 'category_id'),
    label: jsonOf(row, 'label'),
    schemeVersion: row['scheme_version'] === null ? null : numberOf(row, 'scheme_version'),
    asOf: optionalTextOf(row, 'as_of'),
    position: optionalTextOf(row, 'position'),
    grades: jsonOf(row, 'grades'),
    warnings: jsonOf(row, 'warnings'),
    published: published === null ? null : { eventId: published, at: textOf(row, 'published_at') },
    ranking: rankingOf(jsonOf(row, 'ranking')),
    categories: [textOf(row, 'category_id')],
  };
};

/**
 * A ranking group read as one category, from its members' rows: the group's label and grades
 * (places counted over the group), the latest moment and position any member was scored at, and
 * published only when every member is.
 */
const groupOf = (cycleId: string, rankingId: string, members: readonly LiveCategory[]): LiveCategory | null => {
  const latest = [...members].sort((a, b) => (BigInt(a.position ?? '0') < BigInt(b.position ?? '0') ? 1 : -1))[0];
  if (latest === undefined || latest.ranking === null) return null;
  const published = members.every((member) => member.published !== null) ? [...members].map((member) => member.published).sort((a, b) => ((a?.at ?? '') < (b?.at ?? '') ? 1 : -1))[0] ?? null : null;
  return {
    cycleId,
    categoryId: rankingId,
    label: latest.ranking.label,
    schemeVersion: latest.schemeVersion,
    asOf: latest.asOf,
    position: latest.position,
    grades: latest.grades,
    warnings: members.flatMap((member) => (Array.isArray(member.warnings) ? (member.warnings as unknown[]) : [])),
    published,
    ranking: latest.ranking,
    categories: members.map((member) => member.categoryId).sort(),
  };
};

const unitScoreOf = (row: SqlRow): LiveUnitScore => ({
  unitId: textOf(row, 'unit_id'),
  categoryId: textOf(row, 'category_id'),
  name: optionalTextOf(row, 'unit_name'),
  total: textOf(row, 'total'),
  totalExact: textOf(row, 'total_exact'),
  rank: numberOf(row, 'rank'),
  grade: jsonOf(row, 'grade'),
  parts: jsonOf(row, 'parts'),
  bonus: jsonOf(row, 'bonus'),
  deduction: jsonOf(row, 'deduction'),
  flags: jsonOf(row, 'flags'),
  resultsUse: jsonOf(row, 'results_use'),
});

export const liveCategory = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; categoryId: string }>): Promise<LiveCategory | null> => {
  // A category's own row, or — for a ranking group's id — the rows of the categories it ranks.
  const rows = await queryPrepared(
    db,
    `SELECT cycle_id, category_id, label, scheme_version, as_of, position::text AS position, grades, warnings, published_event_id, published_at, ranking
     FROM ${tableOf(schema, LIVE_CATEGORIES_TABLE)} WHERE cycle_id = $1 AND (category_id = $2 OR ranking->>'id' = $2) ORDER BY category_id`,
    [query.cycleId, query.categoryId],
  );
  const categories = rows.map(categoryOf);
  const own = categories.find((category) => category.categoryId === query.categoryId);
  return own ?? groupOf(query.cycleId, query.categoryId, categories);
};

/** A category's live scores in rank order (optionally one unit's line only). */
export const liveScores = async (
  db: Db,
  query: Readonly<{ cycleId: string; categoryId: string; unitId?: string; categories?: readonly string[] }>,
): Promise<readonly LiveUnitScore[]> => (await liveScoresPage(db, query)).units;

/**
 * A page of a category's live scores in rank order (a slice of its ranking, kept in its category's
 * row) and how many lines there are in all; without `limit`, every line.
 */
export const liveScoresPage = async (
  { db, schema }: Db,
  query: Readonly<{ cycleId: string; categoryId: string; unitId?: string; limit?: number; offset?: number; categories?: readonly string[] }>,
): Promise<Readonly<{ total: number; units: readonly LiveUnitScore[] }>> => {
  const categories = query.categories ?? [query.categoryId];
  const offset = query.offset ?? 0;
  // Both paths look each line's row up by its key in a LATERAL subquery (LIMIT 1 keeps the lookup a
  // lookup): joined plainly, a generic plan that guessed one row a category read every row of the
  // category up to the page, for each page.
  const [only] = categories;
  // One category's page is a slice of its ranking (kept in rank order, ties by unit id); only the
  // sliced units' rows are read, and the ranking's length is the count of all lines.
  if (categories.length === 1 && only !== undefined && query.unitId === undefined) {
    const from = offset + 1;
    const to = query.limit === undefined ? SQL_INTEGER_MAX : Math.min(SQL_INTEGER_MAX, offset + query.limit);
    const rows = await queryPrepared(
      db,
      `SELECT score.unit_id, score.category_id, score.unit_name, score.total, score.total_exact, line.rank, score.grade, score.parts, score.bonus, score.deduction,
              score.flags, score.results_use, cardinality(category.ranked_units) AS lines
       FROM ${tableOf(schema, LIVE_CATEGORIES_TABLE)} AS category
       LEFT JOIN LATERAL unnest(category.ranked_units[$3:$4], category.ranks[$3:$4]) WITH ORDINALITY AS line (unit_id, rank, at) ON true
       LEFT JOIN LATERAL (
         SELECT * FROM ${tableOf(schema, LIVE_SCORES_TABLE)} AS row
         WHERE row.cycle_id = category.cycle_id AND row.category_id = category.category_id AND row.unit_id = line.unit_id LIMIT 1
       ) AS score ON true
       WHERE category.cycle_id = $1 AND category.category_id = $2
       ORDER BY line.at`,
      [query.cycleId, only, from, to],
    );
    return pageOf(rows);
  }
  // A ranking group's members (LiveCategory.categories) are read as one ranking, or one unit's
  // line: the page's units are chosen from the rankings alone, then only their rows are read; the
  // count of all lines comes from the same rankings (one round trip).
  const rows = await db.query(
    `WITH ranked AS (
       SELECT category.category_id, line.unit_id, line.rank
       FROM ${tableOf(schema, LIVE_CATEGORIES_TABLE)} AS category CROSS JOIN LATERAL unnest(category.ranked_units, category.ranks) AS line (unit_id, rank)
       WHERE category.cycle_id = $1 AND category.category_id = ANY($2::text[]) AND ($3::text IS NULL OR line.unit_id = $3)
     ), page AS (SELECT category_id, unit_id, rank FROM ranked ORDER BY rank, unit_id LIMIT $4 OFFSET $5)
     SELECT score.unit_id, score.category_id, score.unit_name, score.total, score.total_exact, page.rank, score.grade, score.parts, score.bonus, score.deduction,
            score.flags, score.results_use, (SELECT count(*)::int FROM ranked) AS lines
     FROM (SELECT 1) AS one
     LEFT JOIN page ON true
     LEFT JOIN LATERAL (
       SELECT * FROM ${tableOf(schema, LIVE_SCORES_TABLE)} AS row
       WHERE row.cycle_id = $1 AND row.category_id = page.category_id AND row.unit_id = page.unit_id LIMIT 1
     ) AS score ON true
     ORDER BY page.rank, page.unit_id`,
    [query.cycleId, [...categories], query.unitId ?? null, query.limit ?? null, offset],
  );
  return pageOf(rows);
};

// Every row carries the count of all lines; a page past the last line is one row of nulls carrying it (none: no ranking).
const pageOf = (rows: readonly SqlRow[]): Readonly<{ total: number; units: readonly LiveUnitScore[] }> => {
  const [first] = rows;
  const total = first === undefined || first['lines'] === null ? 0 : numberOf(first, 'lines');
  return { total, units: rows.filter((row) => row['unit_id'] !== null && row['unit_id'] !== undefined).map(unitScoreOf) };
};

/** A unit's live standing in a category: total, rank and grade, and whether its category's results are published. */
export type LiveStanding = Readonly<{ unitId: string; categoryId: string; total: string; rank: number; grade: unknown; published: boolean }>;

/** Every unit's live standing in a cycle, in one read (the console's unit tree puts them on its nodes). */
export const liveStandings = async ({ db, schema }: Db, query: Readonly<{ cycleId: string }>): Promise<readonly LiveStanding[]> => {
  const rows = await db.query(
    `SELECT s.unit_id, s.category_id, s.total, line.rank, s.grade, c.published_event_id
     FROM ${tableOf(schema, LIVE_CATEGORIES_TABLE)} c
     CROSS JOIN LATERAL unnest(c.ranked_units, c.ranks) AS line (unit_id, rank)
     JOIN ${tableOf(schema, LIVE_SCORES_TABLE)} s ON s.cycle_id = c.cycle_id AND s.category_id = c.category_id AND s.unit_id = line.unit_id
     WHERE c.cycle_id = $1 ORDER BY s.unit_id, s.category_id`,
    [query.cycleId],
  );
  return rows.map((row) => ({
    unitId: textOf(row, 'unit_id'),
    categoryId: textOf(row, 'category_id'),
    total: textOf(row, 'total'),
    rank: numberOf(row, 'rank'),
    grade: jsonOf(row, 'grade'),
    published: optionalTextOf(row, 'published_event_id') !== null,
  }));
};

/** An audit-trail entry as read back: what the reducer stored, plus who later pointed at it. */
export type AuditEntryView = Omit<AuditEntry, 'actingForUnit' | 'actingForProvider' | 'evidence' | 'link' | 'dataJson'> &
  Readonly<{
    evidence: unknown;
    pointsAt: Readonly<{ kind: string; eventId: string }> | null;
    supersededBy: string | null;
    approvedBy: string | null;
    rejectedBy: string | null;
    revokedBy: string | null;
    /** The event's data, parsed from the stored text. */
    data: unknown;
  }>;

const AUDIT_COLUMNS = `event_id, position::text AS position, stream_id, type, cycle_id, unit_id, indicator_id, period, proposal_id, actor_id, role, recorded_at,
  effective_date, reason, evidence, link_kind, link_event_id, superseded_by, approved_by, rejected_by, revoked_by, data`;

const auditEntryOfRow = (row: SqlRow): AuditEntryView => {
  const linkKind = optionalTextOf(row, 'link_kind');
  const linkEvent = optionalTextOf(row, 'link_event_id');
  return {
    eventId: textOf(row, 'event_id'),
    position: textOf(row, 'position'),
    streamId: textOf(row, 'stream_id'),
    type: textOf(row, 'type'),
    cycleId: optionalTextOf(row, 'cycle_id'),
    unitId: optionalTextOf(row, 'unit_id'),
    indicatorId: optionalTextOf(row, 'indicator_id'),
    period: optionalTextOf(row, 'period'),
    proposalId: optionalTextOf(row, 'proposal_id'),
    actorId: textOf(row, 'actor_id'),
    role: textOf(row, 'role'),
    recordedAt: textOf(row, 'recorded_at'),
    effectiveDate: optionalTextOf(row, 'effective_date'),
    reason: optionalTextOf(row, 'reason'),
    evidence: jsonOf(row, 'evidence'),
    pointsAt: linkKind === null || linkEvent === null ? null : { kind: linkKind, eventId: linkEvent },
    supersededBy: optionalTextOf(row, 'superseded_by'),
    approvedBy: optionalTextOf(row, 'approved_by'),
    rejectedBy: optionalTextOf(row, 'rejected_by'),
    revokedBy: optionalTextOf(row, 'revoked_by'),
    data: jsonOf(row, 'data'),
  };
};

/** The audit trail of a unit, an indicator or an actor in a cycle, in log order, a page at a time. */
export const auditTrail = async (
  { db, schema }: Db,
  query: Readonly<{ cycleId: string; unitId?: string; indicatorId?: string; actorId?: string; after?: string; limit: number }>,
): Promise<readonly AuditEntryView[]> => {
  const rows = await db.query(
    // ORDER BY names the table's bigint column: the bare name would sort by the text alias ('10' < '9').
    `SELECT ${AUDIT_COLUMNS} FROM ${tableOf(schema, AUDIT_TABLE)} AS entry
     WHERE cycle_id = $1 AND ($2::text IS NULL OR unit_id = $2) AND ($3::text IS NULL OR indicator_id = $3) AND ($4::text IS NULL OR actor_id = $4)
       AND entry.position > $5::bigint
     ORDER BY entry.position LIMIT $6`,
    [query.cycleId, query.unitId ?? null, query.indicatorId ?? null, query.actorId ?? null, query.after ?? '0', query.limit],
  );
  return rows.map(auditEntryOfRow);
};

/** The audit entries of these events and of the events they point at or that point at them. */
export const auditEntriesOf = async ({ db, schema }: Db, eventIds: readonly string[]): Promise<readonly AuditEntryView[]> => {
  if (eventIds.length === 0) return [];
  const table = tableOf(schema, AUDIT_TABLE);
  const rows = await queryPrepared(
    db,
    // Both sets by the primary key (an index scan each, whatever the trail's size): the wanted ids,
    // and the ids their rows point at, gathered first as an array.
    `SELECT ${AUDIT_COLUMNS} FROM ${table} AS entry
     WHERE entry.event_id = ANY($1::text[])
        OR entry.event_id = ANY(ARRAY(
             SELECT link.id FROM ${table} AS direct
             CROSS JOIN LATERAL (VALUES (direct.link_event_id), (direct.superseded_by), (direct.approved_by), (direct.rejected_by), (direct.revoked_by)) AS link (id)
             WHERE direct.event_id = ANY($1::text[]) AND link.id IS NOT NULL))
     ORDER BY entry.position`,
    [[...new Set(eventIds)]],
  );
  return rows.map(auditEntryOfRow);
};

/** Every fact id of an explanation tree, in tree order, without repeats. */
export const factIdsOf = (node: ExplanationNode): readonly string[] => {
  const ids = new Set<string>();
  const walk = (at: ExplanationNode): void => {
    for (const id of at.factIds) ids.add(id);
    for (const child of at.children) walk(child);
  };
  walk(node);
  return [...ids];
};

export type ExplainedScore = Readonly<{
  categoryId: string;
  score: LiveUnitScore;
  explanation: ExplanationNode;
  /** The events behind the numbers (and those they point at: approvals, corrections, revocations), by event id. */
  events: Readonly<Record<string, AuditEntryView>>;
}>;

/**
 * A unit's live score with its explanation tree and the events behind each number. The row keeps
 * the numbers; the explanation is scored from the log at the position and moment its category
 * stands at (scoreUnitFromLog: the unit's own streams when the category was scored unit by unit),
 * which gives the row's numbers again. Should it not (a read model out of step with the log), the
 * category is scored whole from the log and that explanation is given: the log is the truth.
 */
export const explainedScore = async (
  { db, schema, store }: Db & Readonly<{ store: EventStore }>,
  query: Readonly<{ cycleId: string; unitId: string }>,
): Promise<ExplainedScore | null> => {
  const [row] = await queryPrepared(
    db,
    `SELECT score.category_id, score.unit_id, score.unit_name, score.total, score.total_exact, score.grade, score.parts, score.bonus,
            (SELECT line.rank FROM unnest(category.ranked_units, category.ranks) AS line (unit_id, rank) WHERE line.unit_id = score.unit_id) AS rank,
            score.deduction, score.flags, score.results_use, category.as_of, category.position::text AS position, category.scored_alone,
            coalesce((SELECT checkpoint.position >= category.position FROM ${tableOf(schema, 'rm_checkpoints')} AS checkpoint WHERE checkpoint.projection = $3), false) AS proposals_known,
            ARRAY(SELECT proposal.proposal_id FROM ${tableOf(schema, PROPOSALS_TABLE)} AS proposal
                  WHERE proposal.cycle_id = score.cycle_id AND proposal.unit_id = score.unit_id ORDER BY proposal.proposal_id) AS proposal_ids
     FROM ${tableOf(schema, LIVE_SCORES_TABLE)} AS score
     JOIN ${tableOf(schema, LIVE_CATEGORIES_TABLE)} AS category ON category.cycle_id = score.cycle_id AND category.category_id = score.category_id
     WHERE score.cycle_id = $1 AND score.unit_id = $2 AND category.as_of IS NOT NULL ORDER BY score.category_id LIMIT 1`,
    [query.cycleId, query.unitId, PROPOSALS],
  );
  if (row === undefined) return null;
  const score = unitScoreOf(row);
  const at = { store, cycleId: query.cycleId, categoryId: score.categoryId, unitId: query.unitId, asOf: textOf(row, 'as_of'), position: BigInt(textOf(row, 'position')) };
  // The unit's proposals as the proposals read model knows them, when it has applied the log as far
  // as the row (it commits with it): only those streams are read, not every proposal of the cycle.
  const proposalIds = row['proposals_known'] === true && Array.isArray(row['proposal_ids']) ? row['proposal_ids'].map(String) : undefined;
  let unit = await scoreUnitFromLog({ ...at, alone: row['scored_alone'] === true, ...(proposalIds === undefined ? {} : { proposalIds }) });
  if (unit?.totalExact !== score.totalExact && row['scored_alone'] === true) unit = await scoreUnitFromLog({ ...at, alone: false });
  if (unit === undefined) return null;
  const entries = await auditEntriesOf({ db, schema }, factIdsOf(unit.explanation).map(eventIdOfFact));
  return {
    categoryId: score.categoryId,
    score,
    explanation: unit.explanation,
    events: Object.fromEntries(entries.map((entry) => [entry.eventId, entry])),
  };
};

export type SubmissionItemView = Readonly<{
  unitId: string;
  deadlineId: string;
  indicatorId: string | null;
  kind: string;
  period: string;
  phase: string;
  dueAt: string;
  providerId: string | null;
  status: string;
  submittedEventId: string | null;
  /** The value a data item was delivered with. */
  value: string | null;
}>;

export const submissionStatus = async (
  { db, schema }: Db,
  query: Readonly<{ cycleId: string; unitId?: string; status?: string; phase?: string; deadlineId?: string; providerId?: string; kind?: string }>,
): Promise<readonly SubmissionItemView[]> => {
  const params: SqlParam[] = [query.cycleId, query.unitId ?? null, query.status ?? null, query.phase ?? null, query.deadlineId ?? null, query.providerId ?? null, query.kind ?? null];
  const rows = await db.query(
    `SELECT unit_id, deadline_id, indicator_id, kind, period, phase, due_at, provider_id, status, submitted_event_id, value FROM ${tableOf(schema, SUBMISSION_TABLE)}
     WHERE cycle_id = $1 AND ($2::text IS NULL OR unit_id = $2) AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR phase = $4)
       AND ($5::text IS NULL OR deadline_id = $5) AND ($6::text IS NULL OR provider_id = $6) AND ($7::text IS NULL OR kind = $7)
     ORDER BY due_at, deadline_id, unit_id, indicator_id`,
    params,
  );
  return rows.map((row) => ({
    unitId: textOf(row, 'unit_id'),
    deadlineId: textOf(row, 'deadline_id'),
    indicatorId: textOf(row, 'indicator_id') === '' ? null : textOf(row, 'indicator_id'),
    kind: textOf(row, 'kind'),
    period: textOf(row, 'period'),
    phase: textOf(row, 'phase'),
    dueAt: textOf(row, 'due_at'),
    providerId: optionalTextOf(row, 'provider_id'),
    status: textOf(row, 'status'),
    submittedEventId: optionalTextOf(row, 'submitted_event_id'),
    value: optionalTextOf(row, 'value'),
  }));
};

export type ProposalStepView = Readonly<{ eventId: string; actorId: string; role: string; at: string; reason?: string | null }>;

export type ProposalView = Readonly<{
  proposalId: string;
  unitId: string;
  kind: string;
  status: string;
  what: string;
  terms: unknown;
  evidence: unknown;
  recorded: ProposalStepView;
  decided: ProposalStepView | null;
  revoked: (ProposalStepView & Readonly<{ appealId: string | null }>) | null;
}>;

const stepOfRow = (row: SqlRow, prefix: 'decided' | 'revoked', reasonColumn: string): ProposalStepView | null => {
  const eventId = optionalTextOf(row, `${prefix}_event_id`);
  if (eventId === null) return null;
  return { eventId, actorId: textOf(row, `${prefix}_by`), role: textOf(row, `${prefix}_role`), at: textOf(row, `${prefix}_at`), reason: optionalTextOf(row, reasonColumn) };
};

/** A proposal row as read back. */
export const proposalOfRow = (row: SqlRow): ProposalView => {
  const revoked = stepOfRow(row, 'revoked', 'revoke_reason');
  return {
    proposalId: textOf(row, 'proposal_id'),
    unitId: textOf(row, 'unit_id'),
    kind: textOf(row, 'kind'),
    status: textOf(row, 'status'),
    what: textOf(row, 'what'),
    terms: jsonOf(row, 'terms'),
    evidence: jsonOf(row, 'evidence'),
    recorded: { eventId: textOf(row, 'recorded_event_id'), actorId: textOf(row, 'recorded_by'), role: textOf(row, 'recorded_role'), at: textOf(row, 'recorded_at') },
    decided: stepOfRow(row, 'decided', 'decision_reason'),
    revoked: revoked === null ? null : { ...revoked, appealId: optionalTextOf(row, 'appeal_id') },
  };
};

export const proposals = async (
  { db, schema }: Db,
  query: Readonly<{ cycleId: string; status?: string; unitId?: string; recordedBy?: string }>,
): Promise<readonly ProposalView[]> => {
  const rows = await db.query(
    `SELECT * FROM ${tableOf(schema, PROPOSALS_TABLE)}
     WHERE cycle_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR unit_id = $3) AND ($4::text IS NULL OR recorded_by = $4)
     ORDER BY recorded_at, proposal_id`,
    [query.cycleId, query.status ?? null, query.unitId ?? null, query.recordedBy ?? null],
  );
  return rows.map(proposalOfRow);
};
