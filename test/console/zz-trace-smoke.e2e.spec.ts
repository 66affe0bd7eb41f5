import { driveSmallCycle } from '@kaoping/projections';
import { startConsole, type ConsoleUnderTest } from './support/console-app';

jest.setTimeout(300_000);

describe('trace smoke (throwaway)', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsole();
    await c.api.http().post('/users').set({ Authorization: `Bearer ${c.adminToken}` }).send({ userId: 'wu.auditor', name: '吴审计', grants: [{ role: 'auditor' }], password: 'trace smoke password' });
    await driveSmallCycle(c.api.store);
  }, 300_000);
  afterAll(() => c?.close());

  it('shows the score as of a moment, the slider, the diff and verify', async () => {
    const context = await c.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${c.baseUrl}/`);
    await page.getByLabel('用户名').fill('wu.auditor');
    await page.getByLabel('密码').fill('trace smoke password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('acting-role').waitFor();
    await page.getByTestId('cycle-picker').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.goto(`${c.baseUrl}/trace`);
    await page.getByTestId('trace-page').waitFor();
    await page.getByTestId('trace-unit').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'townships-001' }).first().click();
    await page.getByTestId('trace-total').waitFor();
    const now = await page.getByTestId('trace-total').textContent();
    await page.waitForTimeout(3000);
    const res = await c.api.http().get('/cycles/c1/audit-trail/units/townships-001').set({ Authorization: `Bearer ${await c.api.login('wu.auditor', 'trace smoke password')}` });
    console.log('TRAIL', res.status, JSON.stringify(res.body).slice(0, 300), await page.getByTestId('trace-page').innerText().then((t) => t.slice(0, 400)));
    await page.screenshot({ path: '/tmp/rd/trace-now.png', fullPage: true });
    await page.getByTestId('trace-slider').waitFor();
    await page.screenshot({ path: '/tmp/rd/trace-now.png', fullPage: true });
    // The first marks: the unit before its data arrived.
    await page.locator('.ant-slider-dot').nth(1).click();
    await page.waitForTimeout(1500);
    const before = await page.getByTestId('trace-total').textContent();
    await page.getByTestId('trace-diff-run').click();
    await page.getByTestId('trace-diff').locator('.ant-table, .ant-empty').first().waitFor();
    await page.getByTestId('trace-verify-run').click();
    await page.getByTestId('trace-verify-ok').waitFor();
    await page.screenshot({ path: '/tmp/rd/trace-then.png', fullPage: true });
    console.log(JSON.stringify({ now, before, errors }));
    expect(errors).toEqual([]);
    expect(now).toMatch(/^\d+\.\d{2}$/);
  });
});
