import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { ApiFailure, api, ok } from '../api/client';
import type { components } from '../api/schema';
import { useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { DownloadButton } from './DownloadButton';
import { spreadsheetMessages } from './messages';

type SheetKind = 'units' | 'assignments' | 'values' | 'surveys' | 'ratings' | 'findings';
type ImportReport = components['schemas']['ImportReportDto'];

/** One problem of a refused file, where it is: sheet, row, column (the API's path `sheet!column:row`). */
export type ImportProblem = Readonly<{ sheet: string; row: string; column: string; message: string }>;

export const problemAt = (path: string, message: string): ImportProblem => {
  const at = /^(.*)!(?:(.*):)?(\d+)$/.exec(path);
  // The API's message begins with the path it names ("数据报送!数值:50：…"): the columns say that already.
  const text = message.startsWith(path) ? message.slice(path.length).replace(/^[：:]\s*/, '') : message;
  return at === null ? { sheet: '', row: '', column: path, message: text } : { sheet: at[1] ?? '', row: at[3] ?? '', column: at[2] ?? '', message: text };
};

type Outcome = Readonly<{ kind: 'recorded'; report: ImportReport }> | Readonly<{ kind: 'refused'; fileName: string; problems: readonly ImportProblem[] }> | Readonly<{ kind: 'failed'; message: string }>;

/**
 * The Excel round trip of one sheet kind: download the template (prefilled from the scheme and what
 * is recorded), upload the filled workbook, and read the import report: rows recorded, unchanged
 * and imported before, or every problem at its sheet, row and column (nothing recorded).
 */
export function ImportPanel({ cycleId, kind, title }: Readonly<{ cycleId: string; kind: SheetKind; title?: string }>) {
  const m = useMessages(spreadsheetMessages);
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setBusy(true);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const report = await ok(
        api.POST('/cycles/{cycleId}/imports', {
          params: { path: { cycleId } },
          // The file travels as multipart form data; the typed body names its one field.
          body: { file: '' },
          bodySerializer: () => form,
        }),
      );
      setOutcome({ kind: 'recorded', report });
      void client.invalidateQueries();
    } catch (error) {
      if (error instanceof ApiFailure && error.body.code === 'import-refused') {
        setOutcome({ kind: 'refused', fileName: file.name, problems: error.fieldDetails.map((d) => problemAt(d.path, d.message)) });
      } else {
        setOutcome({ kind: 'failed', message: error instanceof ApiFailure ? [error.message, ...error.fieldDetails.map((d) => d.message)].join('；') : String(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={title ?? m.importTitle} data-testid={`import-${kind}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {textFor(m, `hint.${kind}`, '')}
          {m.checkedHint}
        </Typography.Text>
        <Space wrap>
          <DownloadButton
            testId={`template-${kind}`}
            fileName={`template-${cycleId}-${kind}.xlsx`}
            fetchFile={() => api.GET('/cycles/{cycleId}/templates/{kind}', { params: { path: { cycleId, kind } }, parseAs: 'blob' })}
          >
            {m.template}
          </DownloadButton>
          <Button type="primary" loading={busy} onClick={() => input.current?.click()}>
            {busy ? m.uploading : m.upload}
          </Button>
          <input ref={input} type="file" accept=".xlsx,.csv" style={{ display: 'none' }} onChange={(e) => void upload(e)} data-testid={`upload-${kind}`} />
        </Space>
        <div data-testid={`import-report-${kind}`}>
          {outcome?.kind === 'recorded' && (
            <Alert type="success" showIcon title={m.recorded(outcome.report.fileName)} description={m.counts(outcome.report.recorded, outcome.report.unchanged, outcome.report.alreadyRecorded)} />
          )}
          {outcome?.kind === 'failed' && <Alert type="error" showIcon role="alert" title={outcome.message} />}
          {outcome?.kind === 'refused' && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="error" showIcon role="alert" title={m.refused(outcome.fileName, outcome.problems.length)} />
              <Table
                size="small"
                rowKey={(p) => `${p.sheet}/${p.row}/${p.column}/${p.message}`}
                dataSource={[...outcome.problems]}
                pagination={outcome.problems.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  { title: m.sheet, dataIndex: 'sheet' },
                  { title: m.row, dataIndex: 'row', render: (row: string) => (row === '' ? '—' : m.rowAt(row)) },
                  { title: m.column, dataIndex: 'column', render: (column: string) => (column === '' ? m.wholeRow : column) },
                  { title: m.problem, dataIndex: 'message' },
                ]}
              />
            </Space>
          )}
        </div>
      </Space>
    </Card>
  );
}
