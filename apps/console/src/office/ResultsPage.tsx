import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { lazy, memo, Suspense, useCallback, useMemo, useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { CategoryPicker } from '../common/CategoryPicker';
import { useCycle } from '../common/cycle';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { partsOf } from '../common/parts';
import { commonMessages } from '../common/messages';
import { firstCategoryOf, schemeQuery } from '../common/queries';
import { QueryState } from '../common/QueryState';
import { formatDate, useLang, useMessages } from '../i18n/i18n';
import { DownloadButton } from '../spreadsheets/DownloadButton';
import { AppealRecompute } from './AppealRecompute';
import { ExplanationDrawer } from './ExplanationDrawer';
import { officeMessages, textFor } from './messages';
import { categoryResultsQuery, liveScoresQuery, RANKING_PAGE_SIZE } from './ranking-queries';

const PublishDialog = lazy(() => import('./PublishDialog'));

type LiveScores = GetAnswer<'/cycles/{cycleId}/live-scores/{categoryId}'>;

/** Compute, publish (with the end of the notice period) and finalise one category's results. */
function ResultsActions({ cycleId, categoryId }: Readonly<{ cycleId: string; categoryId: string }>) {
  const m = useMessages(officeMessages);
  const role = currentSession()?.role;
  const client = useQueryClient();
  const { message } = App.useApp();
  const [publishing, setPublishing] = useState(false);
  const errors = useApiErrors(undefined);
  const results = useQuery(categoryResultsQuery(cycleId, categoryId));
  const path = { cycleId, categoryId };
  const done = async () => {
    errors.clear();
    setPublishing(false);
    await client.invalidateQueries();
    void message.success(m.done);
  };
  const compute = useMutation({ mutationFn: () => ok(api.POST('/cycles/{cycleId}/results/{categoryId}/computations', { params: { path, header: idempotencyHeader() }, body: {} })), onSuccess: done, onError: errors.show });
  const finalise = useMutation({ mutationFn: () => ok(api.POST('/cycles/{cycleId}/results/{categoryId}/finalisation', { params: { path, header: idempotencyHeader() }, body: {} })), onSuccess: done, onError: errors.show });
  const status = results.data?.status ?? 'none';
  return (
    <Space wrap>
      <Tag color={status === 'finalised' ? 'green' : status === 'published' ? 'gold' : status === 'computed' ? 'blue' : 'default'} data-testid="results-status">
        {m.resultsStatus}: {textFor(m, `results.${status}`, status)}
        {results.data?.published != null ? ` · ${m.noticeEndsAt} ${formatDate(results.data.published.noticeEndsAt)}` : ''}
      </Tag>
      {role === 'office' && (
        <>
          {status === 'published' ? (
            <AppealRecompute cycleId={cycleId} categoryId={categoryId} recomputedFor={results.data?.published != null ? (results.data.computed?.appealId ?? null) : null} />
          ) : (
            <Button onClick={() => compute.mutate()} loading={compute.isPending}>
              {m.compute}
            </Button>
          )}
          <Button onClick={() => setPublishing(true)} disabled={status === 'none'}>
            {m.publishResults}
          </Button>
        </>
      )}
      {(role === 'committee' || role === 'office') && (
        <Button onClick={() => finalise.mutate()} loading={finalise.isPending} disabled={status !== 'published'}>
          {m.finalise}
        </Button>
      )}
      {(role === 'committee' || role === 'office' || role === 'auditor') && (
        <DownloadButton
          testId="export-ranking"
          fileName={`ranking-${cycleId}-${categoryId}.xlsx`}
          fetchFile={() => api.GET('/cycles/{cycleId}/exports/ranking/{categoryId}', { params: { path, query: { format: 'xlsx' } }, parseAs: 'blob' })}
        >
          {m.exportRanking}
        </DownloadButton>
      )}
      {results.data?.published != null && (
        <DownloadButton testId="print-publication" fileName={`publication-${cycleId}-${categoryId}.pdf`} fetchFile={() => api.GET('/cycles/{cycleId}/exports/publication/{categoryId}', { params: { path }, parseAs: 'blob' })}>
          {m.printPublication}
        </DownloadButton>
      )}
      {errors.alert}
      {publishing && (
        <Suspense fallback={null}>
          <PublishDialog cycleId={cycleId} categoryId={categoryId} onPublished={done} onCancel={() => setPublishing(false)} />
        </Suspense>
      )}
    </Space>
  );
}

type RankingLine = LiveScores['units'][number];
type Explained = Readonly<{ unitId: string; name: string }>;

/**
 * One page of the ranking. Memoised: opening a unit's explanation changes the page's state, not
 * these lines, so they are not rendered again.
 */
const RankingTable = memo(function RankingTable({
  units,
  total,
  page,
  onPage,
  loading,
  onExplain,
}: Readonly<{ units: readonly RankingLine[]; total: number; page: number; onPage: (page: number) => void; loading: boolean; onExplain: (unit: Explained) => void }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const columns = useMemo<TableColumnsType<RankingLine>>(() => {
    const explain = (row: RankingLine) => () => onExplain({ unitId: row.unitId, name: row.name ?? row.unitId });
    return [
      { title: m.rank, dataIndex: 'rank', width: 70 },
      { title: c.unit, key: 'unit', render: (_, row) => row.name ?? row.unitId },
      {
        title: m.total,
        dataIndex: 'total',
        render: (value: string, row) => (
          <a onClick={explain(row)} data-testid={`total-${row.unitId}`}>
            {value}
          </a>
        ),
      },
      { title: m.grade, key: 'grade', render: (_, row) => (row.grade === null ? '—' : labelText(row.grade.label, lang, row.grade.id)) },
      {
        title: m.parts,
        key: 'parts',
        render: (_, row) =>
          partsOf(row.parts).map((part) => (
            <Tag key={part.id}>
              {labelText(part.label, lang, part.id)} {part.shown}
            </Tag>
          )),
      },
      ...(units.some((row) => row.resultsUse.rankChange !== undefined)
        ? [
            {
              title: m.rankChange,
              key: 'rank-change',
              render: (_: unknown, row: RankingLine) => {
                const change = row.resultsUse.rankChange;
                if (change === undefined) return '—';
                const text = change.direction === 'same' ? m.rankSame : change.direction === 'up' ? `↑${change.change}` : `↓${-change.change}`;
                return <span title={m.lastYearRank(change.previousRank)}>{text}</span>;
              },
            },
          ]
        : []),
      ...(units.some((row) => row.resultsUse.payFactor !== undefined || row.resultsUse.actions.length > 0)
        ? [
            {
              title: m.resultsUse,
              key: 'results-use',
              render: (_: unknown, row: RankingLine) => (
                <>
                  {row.resultsUse.payFactor !== undefined && <Tag>{m.payFactor(row.resultsUse.payFactor)}</Tag>}
                  {row.resultsUse.actions.map((action) => (
                    <Tag color="orange" key={labelText(action, 'zh-CN')}>
                      {labelText(action, lang)}
                    </Tag>
                  ))}
                </>
              ),
            },
          ]
        : []),
      {
        title: m.flags,
        key: 'flags',
        render: (_, row) =>
          row.flags.map((flag) => (
            <Tag color="red" key={flag.code}>
              {labelText(flag.message, lang, flag.code)}
            </Tag>
          )),
      },
      {
        title: '',
        key: 'why',
        render: (_, row) => (
          <Button size="small" onClick={explain(row)}>
            {m.explain}
          </Button>
        ),
      },
    ];
  }, [m, c, lang, onExplain, units]);
  return (
    <Table<RankingLine>
      size="small"
      rowKey="unitId"
      data-testid="ranking"
      dataSource={units as RankingLine[]}
      loading={loading}
      pagination={{ current: page, pageSize: RANKING_PAGE_SIZE, total, showSizeChanger: false, onChange: onPage }}
      columns={columns}
    />
  );
});

export default function ResultsPage() {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const client = useQueryClient();
  // The scheme is usually in the cache already (the entry fetched it): open on its first category at once.
  const [categoryId, setCategory] = useState<string | undefined>(() => firstCategoryOf(client.getQueryData(schemeQuery(cycleId).queryKey)));
  const [page, setPage] = useState(1);
  const setCategoryId = useCallback((next: string) => {
    setCategory(next);
    setPage(1);
  }, []);
  const [explained, setExplained] = useState<Explained | null>(null);
  // The page shown stays while the next one loads.
  const scores = useQuery({ ...liveScoresQuery(cycleId, categoryId, page), placeholderData: keepPreviousData });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.resultsTitle}</Typography.Title>
      <Space wrap>
        <span>{c.category}</span>
        <CategoryPicker cycleId={cycleId} value={categoryId} onChange={setCategoryId} />
        {categoryId !== undefined && <ResultsActions cycleId={cycleId} categoryId={categoryId} />}
      </Space>
      {categoryId !== undefined && (
        <QueryState query={scores} isEmpty={(d) => d.units.length === 0}>
          {(data) => (
            <Card size="small" title={`${m.gradeCounts}`} extra={data.position === null ? null : <Typography.Text type="secondary">{m.asOf(data.position)}</Typography.Text>}>
              <Space wrap style={{ marginBottom: 12 }}>
                {data.category.grades.map((g) => (
                  <Tag key={g.id} data-testid={`grade-count-${g.id}`}>
                    {labelText(g.label, lang, g.id)}: {g.places === undefined ? g.count : m.quotaUse(g.count, g.places)}
                  </Tag>
                ))}
              </Space>
              <RankingTable units={data.units} total={data.total} page={page} onPage={setPage} loading={scores.isPlaceholderData} onExplain={setExplained} />
            </Card>
          )}
        </QueryState>
      )}
      <ExplanationDrawer cycleId={cycleId} unitId={explained?.unitId ?? null} unitName={explained?.name} onClose={() => setExplained(null)} />
    </Space>
  );
}
