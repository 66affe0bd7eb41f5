import { defineMessages } from '../i18n/i18n';

export const analysisMessages = defineMessages(
  {
    title: '分析',
    distribution: '得分分布（单位数）',
    grades: '等次分布',
    lost: '各分项失分合计（满分减得分，全部单位）',
    units: '单位数',
    points: '分',
    notScored: '该类别尚无得分',
  },
  {
    title: 'Analysis',
    distribution: 'Score distribution (units)',
    grades: 'Grade counts',
    lost: 'Points lost per part (full marks minus score, all units)',
    units: 'Units',
    points: 'points',
    notScored: 'No scores in this category yet',
  },
);
