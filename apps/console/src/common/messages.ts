import { defineMessages, type Lang } from '../i18n/i18n';

export const commonMessages = defineMessages(
  {
    loading: '正在加载…',
    'input.pending': '待报',
    'input.missing': '缺报',
    'input.awaiting-sign-off': '待签批',
    empty: '暂无数据',
    catchingUp: '数据正在同步：读模型尚未追上最新记录，稍后自动刷新…',
    failed: '加载失败',
    retry: '重试',
    reason: '理由',
    reasonRequired: '请填写理由',
    submit: '提交',
    cancel: '取消',
    saved: '已保存',
    required: '必填',
    noCycle: '请先在顶部选择考评周期',
    unit: '单位',
    indicator: '指标',
    category: '类别',
    status: '状态',
    actions: '操作',
    'deadline.data': '数据报送',
    'deadline.rating': '评价打分',
    'deadline.survey': '满意度测评',
    'deadline.self-assessment': '自评',
    'deadline.plan': '工作计划',
    'deadline.rectification-plan': '整改方案',
    times: (n: string, per: 'item' | 'person') => (per === 'person' ? `${n} 人` : `${n} 次`),
    terms: '条款与分值',
  },
  {
    'input.pending': 'pending',
    'input.missing': 'missing',
    'input.awaiting-sign-off': 'awaiting sign-off',
    loading: 'Loading…',
    empty: 'Nothing here yet',
    catchingUp: 'Catching up: the read model has not reached the latest records yet; refreshing shortly…',
    failed: 'Could not load',
    retry: 'Retry',
    reason: 'Reason',
    reasonRequired: 'Give a reason',
    submit: 'Submit',
    cancel: 'Cancel',
    saved: 'Saved',
    required: 'Required',
    noCycle: 'Choose a cycle at the top first',
    unit: 'Unit',
    indicator: 'Indicator',
    category: 'Category',
    status: 'Status',
    actions: 'Actions',
    'deadline.data': 'Data',
    'deadline.rating': 'Ratings',
    'deadline.survey': 'Survey',
    'deadline.self-assessment': 'Self-assessment',
    'deadline.plan': 'Work plan',
    'deadline.rectification-plan': 'Rectification plan',
    times: (n: string, per: 'item' | 'person') => (per === 'person' ? `${n} person(s)` : `${n} time(s)`),
    terms: 'Rule and points',
  },
);

/** A text of these messages under `key` in the chosen language; `fallback` where there is none. */
const commonText = (key: string, fallback: string, lang: Lang): string => {
  const text = (commonMessages[lang] as Readonly<Record<string, unknown>>)[key];
  return typeof text === 'string' ? text : fallback;
};

/** An input's status in an explanation (pending, missing, awaiting sign-off) in words; an unknown one as it is. */
export const inputStatusText = (status: string, lang: Lang): string => commonText(`input.${status}`, status, lang);

/** What a deadline asks for (数据报送, 满意度测评…) in words; an unknown kind as it is. */
export const deadlineKindText = (kind: string, lang: Lang): string => commonText(`deadline.${kind}`, kind, lang);
