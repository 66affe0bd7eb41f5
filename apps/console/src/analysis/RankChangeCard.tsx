import { Card, Col, Empty, Row, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useMessages } from '../i18n/i18n';
import { analysisMessages } from './messages';
import type { RankChanges, RankMove } from './rank-changes';

const changeText = (move: RankMove): string => (move.change > 0 ? `↑${move.change}` : `↓${-move.change}`);

/** One side's moves (up or down), largest first, ten a page. */
function MovesTable({ moves, title, testId, color, onExplain }: Readonly<{ moves: readonly RankMove[]; title: string; testId: string; color: string; onExplain: (move: RankMove) => void }>) {
  const m = useMessages(analysisMessages);
  const columns = useMemo<TableColumnsType<RankMove>>(
    () => [
      { title: m.unit, key: 'unit', render: (_, move) => move.name },
      { title: m.rankNow, dataIndex: 'rank', width: 90 },
      { title: m.rankBefore, dataIndex: 'previousRank', width: 90 },
      { title: m.change, key: 'change', width: 80, render: (_, move) => <span style={{ color }}>{changeText(move)}</span> },
      {
        title: m.total,
        key: 'total',
        width: 90,
        render: (_, move) => (
          <a onClick={() => onExplain(move)} data-testid={`rank-total-${move.unitId}`}>
            {move.total}
          </a>
        ),
      },
    ],
    [m, color, onExplain],
  );
  return (
    <Card size="small" type="inner" title={title}>
      <Table<RankMove>
        size="small"
        rowKey="unitId"
        data-testid={testId}
        dataSource={moves as RankMove[]}
        columns={columns}
        pagination={moves.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: m.noneMoved }}
      />
    </Card>
  );
}

/**
 * 名次变化: how the category's units moved against the published results of the cycle before. Each
 * score opens its explanation (`onExplain`).
 */
export function RankChangeCard({ changes, onExplain }: Readonly<{ changes: RankChanges; onExplain: (move: RankMove) => void }>) {
  const m = useMessages(analysisMessages);
  return (
    <Card size="small" title={m.rankTitle} data-testid="rank-changes">
      {changes.compared === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noPrevious} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap data-testid="rank-change-counts">
            <Tag color="green">{m.risenCount(changes.risen.length)}</Tag>
            <Tag color="red">{m.fallenCount(changes.fallen.length)}</Tag>
            <Tag>{m.sameCount(changes.same)}</Tag>
            {changes.unranked > 0 && <Tag>{m.unrankedCount(changes.unranked)}</Tag>}
          </Space>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <MovesTable moves={changes.risen} title={m.risen} testId="rank-risen" color="#389e0d" onExplain={onExplain} />
            </Col>
            <Col xs={24} xl={12}>
              <MovesTable moves={changes.fallen} title={m.fallen} testId="rank-fallen" color="#cf1322" onExplain={onExplain} />
            </Col>
          </Row>
        </Space>
      )}
    </Card>
  );
}
