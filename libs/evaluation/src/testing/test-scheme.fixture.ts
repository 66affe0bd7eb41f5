import type { SchemeDocument } from '@kaoping/scoring';

/**
 * A small county scheme that has one of everything the lifecycle checks: two periods, a calendar
 * with deadlines, a data provider, rated, points, survey and deduction-based indicators, bonus and
 * deduction rules (with and without fixed points, per item and per person), a veto, sources.
 */
export const TEST_SCHEME: SchemeDocument = {
  id: 'test-county',
  name: { 'zh-CN': '测试县绩效考评办法', en: 'Test county scheme' },
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
        { id: 'fairly-satisfied', label: { 'zh-CN': '比较满意', en: 'Fairly satisfied' }, percent: 80 },
        { id: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, percent: 50 },
      ],
    },
  },
  sources: [
    { id: 'finance-bureau', label: { 'zh-CN': '财政局', en: 'Finance bureau' } },
    { id: 'stats-bureau', label: { 'zh-CN': '统计局', en: 'Statistics bureau' } },
    { id: 'efficiency-office', label: { 'zh-CN': '效能办', en: 'Efficiency office' } },
  ],
  calendar: {
    phases: {
      planning: { start: '01-01', end: '03-31' },
      monitoring: { start: '04-01', end: '06-30' },
      'mid-year': { start: '07-01', end: '07-31' },
      'year-end': { start: '12-01', end: 'next 01-31' },
      review: { start: 'next 02-01', end: 'next 02-20' },
      publication: { start: 'next 02-21', end: 'next 02-28' },
      results: { start: 'next 03-01', end: 'next 04-30' },
      rectification: { start: 'next 03-01', end: 'next 06-30' },
    },
    deadlines: [
      { id: 'mid-year-data', kind: 'data', period: 'mid-year', due: '07-20', remind: [7, 1] },
      { id: 'year-end-data', kind: 'data', period: 'year-end', due: 'next 01-20', remind: [7] },
    ],
  },
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
          id: 'leaders',
          label: { 'zh-CN': '领导评价', en: 'Leaders' },
          points: 10,
          period: 'year-end',
          method: { kind: 'points', outOf: 10, roles: ['county-head'] },
        },
        {
          id: 'committee',
          label: { 'zh-CN': '绩效委评价', en: 'Committee' },
          points: 10,
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
      bonuses: {
        rules: [
          { id: 'provincial-award', label: { 'zh-CN': '省级表彰', en: 'Provincial award' }, points: 2 },
          { id: 'innovation', label: { 'zh-CN': '创新加分', en: 'Innovation' } },
        ],
        max: 4,
      },
      deductions: {
        rules: [
          { id: 'criticism', label: { 'zh-CN': '通报批评', en: 'Criticism' }, points: 1 },
          { id: 'integrity', label: { 'zh-CN': '违纪违法', en: 'Integrity case' }, points: 0.5, per: 'person' },
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
    {
      id: 'departments',
      label: { 'zh-CN': '县直部门', en: 'Departments' },
      total: 100,
      parts: [
        { id: 'work', label: { 'zh-CN': '工作实绩', en: 'Work' }, points: 90, method: { kind: 'score', outOf: 100 } },
        { id: 'supervision', label: { 'zh-CN': '督查', en: 'Supervision' }, points: 10, method: { kind: 'deduction', outOf: 10 } },
      ],
      grading: {
        grades: [
          { id: 'pass', label: { 'zh-CN': '合格', en: 'Pass' }, min: 60 },
          { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } },
        ],
      },
    },
  ],
};
