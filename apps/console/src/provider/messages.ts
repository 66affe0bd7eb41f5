import { defineMessages } from '../i18n/i18n';

export const providerMessages = defineMessages(
  {
    title: '数据报送',
    period: '期间',
    pasteHint: '可从 Excel 复制一块单元格，点击起始格后粘贴（Ctrl+V）。已报送的格子再填写即为更正，须填写更正理由。',
    correctionReason: '更正理由（更正已报送的数据时必填）',
    submit: (n: number) => `提交 ${n} 项`,
    submitted: '已报送',
    submittedValue: (value: string) => `已报送 ${value}`,
    changesTo: (value: string) => `原值 ${value}，改为：`,
    overdue: '已逾期',
    nothing: '没有需要报送的指标',
    sent: (n: number) => `已提交 ${n} 项`,
    failedCell: (unit: string, indicator: string, message: string) => `${unit} · ${indicator}：${message}`,
    reasonNeeded: '更正已报送的数据须填写理由',
  },
  {
    title: 'Data entry',
    period: 'Period',
    pasteHint: 'Copy a block of cells in Excel, click the first cell here and paste (Ctrl+V). Filling a submitted cell corrects it and needs a reason.',
    correctionReason: 'Reason for corrections (needed when changing submitted data)',
    submit: (n: number) => `Submit ${n} values`,
    submitted: 'Submitted',
    submittedValue: (value: string) => `Submitted ${value}`,
    changesTo: (value: string) => `was ${value}, now:`,
    overdue: 'Overdue',
    nothing: 'No indicators to report',
    sent: (n: number) => `${n} values submitted`,
    failedCell: (unit: string, indicator: string, message: string) => `${unit} · ${indicator}: ${message}`,
    reasonNeeded: 'Corrections of submitted data need a reason',
  },
);
