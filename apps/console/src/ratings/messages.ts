import { defineMessages } from '../i18n/i18n';

export const ratingMessages = defineMessages(
  {
    title: '评价打分',
    unit: '被评价单位',
    indicator: '评价指标',
    period: '期间',
    raterRole: '评价身份',
    points: '分数',
    grade: '等次',
    rate: '提交评分',
    rated: '已评分',
    surveyTitle: '满意度调查',
    sampleSize: '样本量',
    rateValue: '满意率（0–1）',
    record: '录入调查结果',
  },
  {
    title: 'Ratings',
    unit: 'Unit rated',
    indicator: 'Indicator',
    period: 'Period',
    raterRole: 'Rating as',
    points: 'Points',
    grade: 'Grade',
    rate: 'Rate',
    rated: 'Rated',
    surveyTitle: 'Surveys',
    sampleSize: 'Sample size',
    rateValue: 'Satisfaction rate (0–1)',
    record: 'Record survey result',
  },
);
