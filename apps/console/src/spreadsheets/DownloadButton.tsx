import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiFailure } from '../api/client';
import { useMessages } from '../i18n/i18n';
import { saveFile } from './download';
import { spreadsheetMessages } from './messages';

/** A button that downloads a file from the API (template, export) with the signed-in person's token. */
export function DownloadButton({
  fetchFile,
  fileName,
  children,
  testId,
}: Readonly<{ fetchFile: () => Promise<{ data?: Blob; error?: unknown; response: Response }>; fileName: string; children: ReactNode; testId?: string }>) {
  const m = useMessages(spreadsheetMessages);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await saveFile(fetchFile(), fileName);
    } catch (error) {
      void message.error(m.downloadFailed(error instanceof ApiFailure ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button loading={busy} onClick={() => void click()} data-testid={testId}>
      {children}
    </Button>
  );
}
