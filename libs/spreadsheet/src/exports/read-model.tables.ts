import type { ScoreDiff, UnitAsOf, ExplainedNode } from '@kaoping/audit';
import type { ResultLine } from '@kaoping/evaluation';
import type { AuditEntryView, ProposalView, SubmissionItemView } from '@kaoping/projections';
import { column, type Table } from '../tables/table';

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

const STATUS_ZH: Readonly<Record<string, string>> = { submitted: '已报送', pending: '待报送', overdue: '逾期', missing: '缺报', late: '逾期补报' };

/** Submission status per deadline (报送情况): one row per unit, deadline and indicator. */
export const submissionStatusTable = (items: readonly SubmissionItemView[], source: Readonly<{ cycleId: string; position: string | null }>): Table => ({
  sheet: '报送情况',
  caption: [`考评年度 ${source.cycleId} 报送情况（按截止日期）`, `读模型位置 ${source.position ?? '—'}`],
  columns: [
    column('deadlineId', '截止事项', 'Deadline'),
    column('dueAt', '截止日期', 'Due'),
    column('phase', '阶段', 'Phase'),
    column('period', '期间', 'Period'),
    column('unitId', '单位编码', 'Unit'),
    column('indicatorId', '指标编码', 'Indicator'),
    column('kind', '类型', 'Kind'),
    column('providerId', '数据提供单位', 'Provider'),
    column('status', '状态', 'Status'),
    // The decimal as submitted, as text: never a binary float in a cell.
    column('value', '报送值', 'Value'),
    column('submittedEventId', '报送事件', 'Submitted event'),
  ],
  rows: items.map((item) => [
    item.deadlineId,
    item.dueAt,
    item.phase,
    item.period,
    item.unitId,
    text(item.indicatorId),
    item.kind,
    text(item.providerId),
    STATUS_ZH[item.status] ?? item.status,
    text(item.value),
    text(item.submittedEventId),
  ]),
});

/** Who took a step of a proposal, and in which role: `zhang.committee（committee）`. */
const who = (step: Readonly<{ actorId: string; role: string }> | null): string => (step === null ? '' : `${step.actorId}（${step.role}）`);

/** The review queue (待审核事项): proposals and their life. */
export const reviewQueueTable = (list: readonly ProposalView[], source: Readonly<{ cycleId: string; position: string | null; status: string }>): Table => ({
  sheet: '审核队列',
  caption: [`考评年度 ${source.cycleId} 审核队列（状态：${source.status}）`, `读模型位置 ${source.position ?? '—'}`],
  columns: [
    column('proposalId', '事项编号', 'Proposal'),
    column('unitId', '单位编码', 'Unit'),
    column('kind', '类别', 'Kind'),
    column('status', '状态', 'Status'),
    column('what', '事由', 'What'),
    column('terms', '分值条款', 'Terms'),
    column('evidence', '证据', 'Evidence'),
    column('recordedBy', '记录人', 'Recorded by'),
    column('recordedAt', '记录时间', 'Recorded at'),
    column('decidedBy', '审核人', 'Decided by'),
    column('decidedAt', '审核时间', 'Decided at'),
    column('revokedBy', '撤销人', 'Revoked by'),
  ],
  rows: list.map((p) => [
    p.proposalId,
    p.unitId,
    p.kind,
    p.status,
    p.what,
    text(p.terms),
    text(p.evidence),
    who(p.recorded),
    p.recorded.at,
    who(p.decided),
    p.decided?.at ?? '',
    who(p.revoked),
  ]),
});

/** An audit trail (审计记录) of a unit or an indicator: every fact, who, when, why, with what evidence. */
export const auditTrailTable = (entries: readonly AuditEntryView[], source: Readonly<{ cycleId: string; subject: string; position: string | null }>): Table => ({
  sheet: '审计记录',
  caption: [`考评年度 ${source.cycleId} 审计记录：${source.subject}`, `读模型位置 ${source.position ?? '—'}`],
  columns: [
    column('position', '日志位置', 'Position'),
    column('recordedAt', '记录时间', 'Recorded at'),
    column('type', '事件', 'Event'),
    column('unitId', '单位编码', 'Unit'),
    column('indicatorId', '指标编码', 'Indicator'),
    column('period', '期间', 'Period'),
    column('actorId', '操作人', 'Actor'),
    column('role', '角色', 'Role'),
    column('reason', '理由', 'Reason'),
    column('evidence', '证据', 'Evidence'),
    column('pointsAt', '指向', 'Points at'),
    column('supersededBy', '被更正', 'Superseded by'),
    column('approvedBy', '批准', 'Approved by'),
    column('revokedBy', '撤销', 'Revoked by'),
    column('eventId', '事件编号', 'Event id'),
    column('data', '内容', 'Data'),
  ],
  rows: entries.map((e) => [
    e.position,
    e.recordedAt,
    e.type,
    text(e.unitId),
    text(e.indicatorId),
    text(e.period),
    e.actorId,
    e.role,
    text(e.reason),
    text(e.evidence),
    e.pointsAt === null ? '' : `${e.pointsAt.kind} ${e.pointsAt.eventId}`,
    text(e.supersededBy),
    text(e.approvedBy),
    text(e.revokedBy),
    e.eventId,
    text(e.data),
  ]),
});

const explanationRows = (node: ExplainedNode, depth: number): string[][] => [
  [
    `${'　'.repeat(depth)}${node.label['zh-CN']}${node.period === undefined ? '' : `（${node.period}）`}`,
    node.id,
    node.rule['zh-CN'],
    node.shown,
    node.value,
    node.events.map((evidence) => `${evidence.event.type} ${evidence.event.eventId}（${evidence.event.actorId}，${evidence.event.recordedAt}）`).join('；'),
  ],
  ...node.children.flatMap((child) => explanationRows(child, depth + 1)),
];

/** A unit's explanation (得分说明): the tree of its total, each node with the events behind it. */
export const explanationTable = (unit: UnitAsOf): Table => ({
  sheet: `得分说明-${unit.unit.unitId}`,
  caption: [
    `${unit.unit.name ?? unit.unit.unitId}（${unit.unit.unitId}）得分说明：总分 ${unit.unit.total}，第${unit.unit.rank}名，${unit.unit.gradeLabel}`,
    `考评年度 ${unit.cycleId}；类别 ${unit.categoryId}；截至 ${unit.moment.at}；日志位置 ${unit.moment.position}`,
  ],
  columns: [
    column('item', '项目', 'Item'),
    column('id', '编码', 'Id'),
    column('rule', '计分规则', 'Rule'),
    column('shown', '得分', 'Score'),
    column('value', '得分（未舍入）', 'Score (unrounded)'),
    column('events', '依据事件', 'Events'),
  ],
  rows: explanationRows(unit.explanation, 0),
});

/** A snapshot or computed results (快照): the lines recorded with the log position they were computed at. */
export const resultLinesTable = (lines: readonly ResultLine[], source: Readonly<{ cycleId: string; categoryId: string; title: string; position: string; eventId: string }>): Table => ({
  sheet: `快照-${source.categoryId}`,
  caption: [`考评年度 ${source.cycleId} 类别 ${source.categoryId} ${source.title}`, `计算于日志位置 ${source.position}；事件 ${source.eventId}`],
  columns: [column('rank', '名次', 'Rank'), column('unitId', '单位编码', 'Unit'), column('total', '总分', 'Total'), column('grade', '等次', 'Grade')],
  rows: lines.map((line) => [String(line.rank), line.unitId, line.total, line.grade]),
});

/** The difference between two moments (变化对比): the facts in between and every number that moved. */
export const diffTables = (diff: ScoreDiff): readonly Table[] => {
  const caption = [`考评年度 ${diff.cycleId} 类别 ${diff.categoryId} 变化对比`, `自 ${diff.from.at}（位置 ${diff.from.position}）至 ${diff.to.at}（位置 ${diff.to.position}）`];
  return [
    {
      sheet: '分值变化',
      caption,
      columns: [column('unitId', '单位编码', 'Unit'), column('field', '项目', 'Field'), column('from', '原值', 'From'), column('to', '新值', 'To')],
      rows: diff.changes.map((change) => [change.unitId, change.field, change.from ?? '', change.to ?? '']),
    },
    {
      sheet: '期间事实',
      caption,
      columns: [
        column('kind', '变化', 'Change'),
        column('unitId', '单位编码', 'Unit'),
        column('type', '事件', 'Event'),
        column('actor', '操作人', 'Actor'),
        column('recordedAt', '记录时间', 'Recorded at'),
        column('reason', '理由', 'Reason'),
        column('changes', '针对', 'Changes'),
      ],
      rows: diff.facts.map((fact) => [
        fact.kind,
        fact.unitId ?? '',
        fact.event.type,
        `${fact.event.actorId}（${fact.event.role}）`,
        fact.event.recordedAt,
        fact.event.reason ?? '',
        fact.changes === undefined ? '' : `${fact.changes.type} ${fact.changes.eventId}`,
      ]),
    },
  ];
};
