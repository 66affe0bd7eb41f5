import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Typography } from 'antd';
import Decimal from 'decimal.js';
import { useCallback, useState } from 'react';
import { api, ok } from '../api/client';
import { CategoryPicker } from '../common/CategoryPicker';
import { useCycle } from '../common/cycle';
import { labelText } from '../common/label';
import { partsOf } from '../common/parts';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ExplanationDrawer } from '../office/ExplanationDrawer';
import { useLang, useMessages } from '../i18n/i18n';
import { BarChartView } from './Chart';
import { exactValueOf } from './exact-value';
import { analysisMessages } from './messages';
import { RankChangeCard } from './RankChangeCard';
import { rankChangesOf, type RankMove } from './rank-changes';

const BANDS = ['<60', '60–70', '70–80', '80–90', '90–100', '≥100'];
const bandOf = (total: Decimal): number => (total.lt(60) ? 0 : total.gte(100) ? 5 : Math.floor(total.toNumber() / 10) - 5);

/** Leadership: distribution of totals, grade counts, rank change against last year, and which parts cost the category the most points. */
export default function AnalysisPage() {
  const m = useMessages(analysisMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [explained, setExplained] = useState<RankMove | null>(null);
  const explain = useCallback((move: RankMove) => setExplained(move), []);
  const scores = useQuery({
    queryKey: ['live-scores', cycleId, categoryId],
    enabled: cycleId !== undefined && categoryId !== undefined,
    queryFn: () => ok(api.GET('/cycles/{cycleId}/live-scores/{categoryId}', { params: { path: { cycleId: cycleId ?? '', categoryId: categoryId ?? '' } } })),
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <CategoryPicker cycleId={cycleId} value={categoryId} onChange={setCategoryId} />
      {categoryId !== undefined && (
        <QueryState query={scores} isEmpty={(d) => d.units.length === 0} emptyText={m.notScored}>
          {(data) => {
            const counts = BANDS.map(() => 0);
            for (const unit of data.units) counts[bandOf(new Decimal(unit.total))] = (counts[bandOf(new Decimal(unit.total))] ?? 0) + 1;
            const grades = data.category.grades;
            // Decimal sums of the API's strings: points lost per part = the part's full marks − each unit's exact part score.
            const lostBy = new Map<string, { label: string; lost: Decimal }>();
            for (const unit of data.units) {
              for (const part of partsOf(unit.parts)) {
                const known = lostBy.get(part.id) ?? { label: labelText(part.label, lang, part.id), lost: new Decimal(0) };
                lostBy.set(part.id, { ...known, lost: known.lost.plus(new Decimal(part.max).minus(exactValueOf(part))) });
              }
            }
            const lost = [...lostBy.values()];
            lost.sort((a, b) => b.lost.comparedTo(a.lost));
            return (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12}>
                  <Card size="small" title={m.distribution}>
                    <BarChartView categories={BANDS} values={counts} testId="chart-distribution" />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={m.grades}>
                    <BarChartView categories={grades.map((g) => labelText(g.label, lang, g.id))} values={grades.map((g) => g.count)} color="#d48806" testId="chart-grades" />
                  </Card>
                </Col>
                <Col span={24}>
                  <RankChangeCard changes={rankChangesOf(data.units)} onExplain={explain} />
                </Col>
                <Col span={24}>
                  <Card size="small" title={m.lost}>
                    <BarChartView categories={lost.map((l) => l.label)} values={lost.map((l) => Number(l.lost.toFixed(2)))} horizontal color="#595959" testId="chart-lost" />
                  </Card>
                </Col>
              </Row>
            );
          }}
        </QueryState>
      )}
      <ExplanationDrawer cycleId={cycleId} unitId={explained?.unitId ?? null} unitName={explained?.name} onClose={() => setExplained(null)} />
    </Space>
  );
}
