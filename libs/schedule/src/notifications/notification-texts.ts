/** The languages a notification is read in: Chinese first. */
export type NotificationLang = 'zh-CN' | 'en';

/** What a notification says, as data: its kind and the ids and dates it names (stored; worded when read). */
export type NotificationParams = Readonly<Record<string, string>>;

type Wording = (p: NotificationParams) => string;

/** The words of each kind of notification, in both languages. */
export const NOTIFICATION_TEXTS: Readonly<Record<string, Readonly<Record<NotificationLang, Wording>>>> = {
  reminder: {
    'zh-CN': (p) => `截止事项 ${p['deadlineId'] ?? ''} 将于 ${p['dueAt'] ?? ''} 截止，尚有事项未完成`,
    en: (p) => `deadline ${p['deadlineId'] ?? ''} is due on ${p['dueAt'] ?? ''}: items are still missing`,
  },
  overdue: {
    'zh-CN': (p) => `截止事项 ${p['deadlineId'] ?? ''}（${p['dueAt'] ?? ''}）已过期，仍有您负责的事项未完成，按零分计`,
    en: (p) => `deadline ${p['deadlineId'] ?? ''} (${p['dueAt'] ?? ''}) passed with items you owe still missing: they count zero`,
  },
  chase: {
    'zh-CN': (p) => `绩效办催报：截止事项 ${p['deadlineId'] ?? ''}（${p['dueAt'] ?? ''} 截止）仍有您负责的事项未完成，请尽快报送${p['note'] ? `。${p['note']}` : ''}`,
    en: (p) => `the performance office chases deadline ${p['deadlineId'] ?? ''} (due ${p['dueAt'] ?? ''}): items you owe are still missing${p['note'] ? `. ${p['note']}` : ''}`,
  },
  'rectification-overdue': {
    'zh-CN': (p) => `${p['unitId'] ?? ''} 的整改通知 ${p['orderId'] ?? ''} 已逾期（期限 ${p['dueAt'] ?? ''}）`,
    en: (p) => `rectification order ${p['orderId'] ?? ''} of ${p['unitId'] ?? ''} is overdue (due ${p['dueAt'] ?? ''})`,
  },
};

/** A notification in the reader's language; a kind without words keeps the text it was stored with. */
export const notificationText = (input: Readonly<{ kind: string; params: NotificationParams | undefined; stored: string; lang: NotificationLang }>): string => {
  const wording = NOTIFICATION_TEXTS[input.kind];
  return wording === undefined || input.params === undefined ? input.stored : wording[input.lang](input.params);
};
