import type { SchemeDocument } from '@kaoping/scoring';

/**
 * A small township scheme for the API's e2e tests: two periods, a data provider, a rated and a
 * survey part, bonus and deduction rules, a veto, sources for inspectors and providers.
 */
export const COUNTY_SCHEME: SchemeDocument = {
  id: 'e2e-county',
  name: { 'zh-CN': '测试县乡镇绩效考评办法', en: 'Test county township scheme' },
  version: 1,
  cycle: 2026,
  periods: [
    { id: 'mid-year', label: { 'zh-CN': '半年', en: 'Mid-year' } },
    { id: 'year-end', label: { 'zh-CN': '年终', en: 'Year-end' } },
  ],
  scales: {
    grade: {
      levels: [
        { id: 'good', label: { 'zh-CN': '好', en: 'Good' }, percent: 100 },
        { id: 'fair', label: { 'zh-CN': '较好', en: 'Fair' }, percent: 80 },
        { id: 'poor', label: { 'zh-CN': '差', en: 'Poor' }, percent: 50 },
      ],
    },
    satisfaction: {
      levels: [
        { id: 'satisfied', label: { 'zh-CN': '满意', en: 'Satisfied' }, percent: 100 },
        { id: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, percent: 50 },
      ],
    },
  },
  sources: [
    { id: 'finance-bureau', label: { 'zh-CN': '财政局', en: 'Finance bureau' } },
    { id: 'stats-bureau', label: { 'zh-CN': '统计局', en: 'Statistics bureau' } },
    { id: 'efficiency-office', label: { 'zh-CN': '效能办', en: 'Efficiency office' } },
  ],
  categories: [
    {
      id: 'townships',
      label: { 'zh-CN': '乡镇', en: 'Townships' },
      total: 100,
      parts: [
        {
          id: 'indicators',
          label: { 'zh-CN': '目标指标', en: 'Indicators' },
          points: 70,
          periods: [
            { period: 'mid-year', weight: 50 },
            { period: 'year-end', weight: 50 },
          ],
          children: [
            { id: 'revenue', label: { 'zh-CN': '财政收入', en: 'Revenue' }, points: 40, provider: 'finance-bureau', method: { kind: 'proportional' } },
            { id: 'jobs', label: { 'zh-CN': '新增就业', en: 'New jobs' }, points: 30, method: { kind: 'proportional' } },
          ],
        },
        {
          id: 'committee',
          label: { 'zh-CN': '绩效委评价', en: 'Committee' },
          points: 20,
          period: 'year-end',
          method: { kind: 'rating', scale: 'grade', roles: ['committee-member'] },
        },
        {
          id: 'public',
          label: { 'zh-CN': '公众评议', en: 'Public survey' },
          points: 10,
          period: 'year-end',
          method: { kind: 'survey', scale: 'satisfaction' },
        },
      ],
      bonuses: { rules: [{ id: 'provincial-award', label: { 'zh-CN': '省级表彰', en: 'Provincial award' }, points: 2 }], max: 4 },
      deductions: {
        rules: [
          { id: 'criticism', label: { 'zh-CN': '通报批评', en: 'Criticism' }, points: 1 },
          { id: 'inspection', label: { 'zh-CN': '察访核验', en: 'Inspection finding' } },
        ],
        max: 4,
      },
      vetoes: [{ id: 'safety-accident', label: { 'zh-CN': '重大安全事故', en: 'Major safety accident' }, barGrades: ['advanced'] }],
      grading: {
        grades: [
          { id: 'advanced', label: { 'zh-CN': '先进', en: 'Advanced' }, min: 90 },
          { id: 'pass', label: { 'zh-CN': '合格', en: 'Pass' }, min: 60 },
          { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } },
        ],
      },
    },
  ],
};
