import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settledHeadPosition } from '@kaoping/testing';
import { CITY_ORGANS_2025, CITY_ORGANS_2026, publishCategory, recordExample } from '../e2e/support/example-cycle';
import { kaopingOver, PASSWORD, type Headers, type Kaoping } from '../e2e/support/kaoping';
import { ROOT, startConsole, type ConsoleUnderTest } from './support/console-app';

// The 分析 page of a cycle that follows another, in Chromium against the whole API (embedded
// store): city organs (S6) in 2025, its results published, and in 2026 naming 2025 as the cycle
// before (as test/e2e/years.e2e.spec.ts records them). Each department's rank change is what the
// engine gave against 2025's published ranks; the page sorts the moves up and down.

// A browser on a busy 2-core machine: generous limits (speed is measured by bench:console).
jest.setTimeout(300_000);

const SHOTS = join(ROOT, 'test-artifacts', 'console');
const CATEGORY = 'government-departments';

type RankChange = Readonly<{ previousRank: number; change: number; direction: string }>;
type Line = Readonly<{ unitId: string; name: string; rank: number; total: string; resultsUse: Readonly<{ rankChange?: RankChange }> }>;

describe('the console in Chromium: rank change against last year on 分析', () => {
  let c: ConsoleUnderTest;
  let k: Kaoping;
  let office: Headers;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    c = await startConsole();
    k = await kaopingOver(c.api, 'embedded', async () => undefined);
    office = await k.asOffice();
    await recordExample(k, CITY_ORGANS_2025);
    await publishCategory(k, 'co2025', CATEGORY);
    await recordExample(k, CITY_ORGANS_2026);
  }, 300_000);

  afterAll(async () => {
    await c?.close();
  });

  /** The category's live lines once the read model holds everything recorded (the page reads the same route). */
  const lines = async (cycleId: string): Promise<readonly Line[]> =>
    (await k.read<Readonly<{ units: readonly Line[] }>>(office, `/cycles/${cycleId}/live-scores/${CATEGORY}?minPosition=${await settledHeadPosition(c.api.store)}`)).units;

  const openAnalysis = async (cycleName: string): Promise<Page> => {
    const context = await c.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${c.baseUrl}/`);
    await page.getByLabel('用户名').fill('wang.office');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('acting-role').waitFor();
    await page.getByTestId('cycle-picker').click();
    await page.getByTitle(cycleName).click();
    await page.goto(`${c.baseUrl}/analysis`);
    return page;
  };

  /** A moves table's rows as shown: unit, rank now, rank last year, change, score. */
  const rowsOf = async (page: Page, testId: string): Promise<string[][]> => {
    const rows = page.getByTestId(testId).locator('tbody tr.ant-table-row');
    return Promise.all((await rows.all()).map(async (row) => (await row.locator('td').allTextContents()).map((text) => text.trim())));
  };

  it('shows the office which departments rose and fell against 2025’s published ranks, largest moves first', async () => {
    const units = await lines('co2026');
    // What the engine gave, as the 2026 results of the years e2e pin them.
    const byId = new Map(units.map((line) => [line.unitId, line]));
    expect(['jtj', 'jyj', 'sjj'].map((id) => [byId.get(id)?.name, byId.get(id)?.rank, byId.get(id)?.resultsUse.rankChange?.change])).toEqual([
      ['交通局', 3, 2],
      ['教育局', 4, -1],
      ['审计局', 10, 0],
    ]);
    const moved = (sign: 1 | -1): string[][] =>
      units
        .filter((line) => Math.sign(line.resultsUse.rankChange?.change ?? 0) === sign)
        .sort((a, b) => sign * ((b.resultsUse.rankChange?.change ?? 0) - (a.resultsUse.rankChange?.change ?? 0)) || a.rank - b.rank)
        .map((line) => {
          const change = line.resultsUse.rankChange?.change ?? 0;
          return [line.name, String(line.rank), String(line.resultsUse.rankChange?.previousRank), change > 0 ? `↑${change}` : `↓${-change}`, line.total];
        });
    const risen = moved(1);
    const fallen = moved(-1);
    expect(risen.length).toBeGreaterThan(0);
    expect(fallen.length).toBeGreaterThan(0);
    const same = units.filter((line) => line.resultsUse.rankChange?.change === 0).length;

    const page = await openAnalysis(CITY_ORGANS_2026.name);
    const card = page.getByTestId('rank-changes');
    await card.getByText('名次变化（与上一周期公布的结果相比）').waitFor();
    await page.getByTestId('rank-risen').getByText('交通局').waitFor();
    expect(await rowsOf(page, 'rank-risen')).toEqual(risen);
    expect(await rowsOf(page, 'rank-fallen')).toEqual(fallen);
    expect(await page.getByTestId('rank-change-counts').locator('.ant-tag').allTextContents()).toEqual([
      `上升 ${risen.length} 个单位`,
      `下降 ${fallen.length} 个单位`,
      `持平 ${same} 个单位`,
      ...(units.length > risen.length + fallen.length + same ? [`上年无名次 ${units.length - risen.length - fallen.length - same} 个单位`] : []),
    ]);
    expect(await rowsOf(page, 'rank-fallen')).toContainEqual(['教育局', '4', '3', '↓1', byId.get('jyj')?.total]);
    await page.screenshot({ path: join(SHOTS, 'office-analysis-rank-change.png'), fullPage: true });
    // Each score opens its explanation: 交通局's total as the engine explains it.
    await page.getByTestId('rank-total-jtj').click();
    await page.getByTestId('explanation').waitFor();
    await page.getByTestId('explained-total').getByText(byId.get('jtj')?.total ?? '?').waitFor();
    expect(await page.getByTestId('explained-total').textContent()).toContain(byId.get('jtj')?.total);
    await page.context().close();
  });

  it('says so where the cycle has no published results before it to compare with', async () => {
    expect((await lines('co2025')).every((line) => line.resultsUse.rankChange === undefined)).toBe(true);
    const page = await openAnalysis(CITY_ORGANS_2025.name);
    await page.getByTestId('rank-changes').getByText('本周期没有可比的上一周期公布结果（未指定上一周期，或其结果尚未公布）').waitFor();
    expect(await page.getByTestId('rank-risen').count()).toBe(0);
    await page.context().close();
  });
});
