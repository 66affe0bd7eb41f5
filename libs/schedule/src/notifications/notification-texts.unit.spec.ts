import type { RecordedEvent } from '@kaoping/eventstore';
import { NOTIFYING_EVENT_TYPES, notificationsOfEvent } from './notification-outbox';
import { NOTIFICATION_TEXTS, notificationText } from './notification-texts';

const event = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({ id: `e-${type}`, type, data, recordedAt: '2026-07-11T00:00:00.000Z' }) as unknown as RecordedEvent;

const SAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
  ReminderIssued: { cycleId: 'zd2026', deadlineId: 'mid-year-data', dueAt: '2026-07-10', recipients: ['unit:town-b'] },
  UnitsChased: { cycleId: 'zd2026', deadlineId: 'mid-year-data', dueAt: '2026-07-10', unitIds: ['town-b'], recipients: ['provider:finance-bureau', 'unit:town-b'] },
  DeadlinePassed: { cycleId: 'zd2026', deadlineId: 'mid-year-data', dueAt: '2026-07-10', overdue: [{ unitId: 'town-b' }] },
  RectificationOverdue: { cycleId: 'zd2026', orderId: 'ord-1', unitId: 'town-b', dueAt: '2026-09-30' },
};

describe('notifications are stored as kind and params and worded when read', () => {
  it('words every kind an event gives, in Chinese and in English', () => {
    for (const type of NOTIFYING_EVENT_TYPES) {
      const [draft] = notificationsOfEvent(event(type, SAMPLES[type] ?? {}));
      expect(draft).toBeDefined();
      expect(Object.keys(NOTIFICATION_TEXTS)).toContain(draft?.kind);
      const zh = notificationText({ kind: draft?.kind ?? '', params: draft?.params, stored: '', lang: 'zh-CN' });
      const en = notificationText({ kind: draft?.kind ?? '', params: draft?.params, stored: '', lang: 'en' });
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the ids and dates of the event', () => {
    const [draft] = notificationsOfEvent(event('RectificationOverdue', SAMPLES['RectificationOverdue'] ?? {}));
    expect(draft?.params).toEqual({ orderId: 'ord-1', unitId: 'town-b', dueAt: '2026-09-30' });
    expect(notificationText({ kind: 'rectification-overdue', params: draft?.params, stored: '', lang: 'zh-CN' })).toBe('town-b 的整改通知 ord-1 已逾期（期限 2026-09-30）');
    expect(notificationText({ kind: 'rectification-overdue', params: draft?.params, stored: '', lang: 'en' })).toBe('rectification order ord-1 of town-b is overdue (due 2026-09-30)');
  });

  it("tells whoever owes the chased units' items of the office's chase (催报), with its note when it wrote one", () => {
    const chased = { ...event('UnitsChased', SAMPLES['UnitsChased'] ?? {}), metadata: { actorId: 'wang.office', role: 'office', reason: '请于本周五前补报' } } as RecordedEvent;
    const [draft] = notificationsOfEvent(chased);
    expect(draft).toMatchObject({ kind: 'chase', recipients: ['provider:finance-bureau', 'unit:town-b'], params: { deadlineId: 'mid-year-data', dueAt: '2026-07-10', note: '请于本周五前补报' } });
    expect(notificationText({ kind: 'chase', params: draft?.params, stored: '', lang: 'zh-CN' })).toBe('绩效办催报：截止事项 mid-year-data（2026-07-10 截止）仍有您负责的事项未完成，请尽快报送。请于本周五前补报');
    const [plain] = notificationsOfEvent(event('UnitsChased', SAMPLES['UnitsChased'] ?? {}));
    expect(notificationText({ kind: 'chase', params: plain?.params, stored: '', lang: 'en' })).toBe('the performance office chases deadline mid-year-data (due 2026-07-10): items you owe are still missing');
  });

  it('keeps the text a notice was stored with before it had params', () => {
    expect(notificationText({ kind: 'reminder', params: undefined, stored: 'deadline x is due on y', lang: 'zh-CN' })).toBe('deadline x is due on y');
  });
});
