import { IMPORTING_ROLES } from '@kaoping/evaluation';

/** Who may download templates, import, and export (added to the API role table). */
export const SPREADSHEET_ROLES = {
  DownloadTemplate: [...IMPORTING_ROLES],
  ImportSpreadsheet: [...IMPORTING_ROLES],
  ImportBatch: [...IMPORTING_ROLES],
  // Exports of results and audit data: the readers of scores as of any moment.
  ExportResults: ['office', 'committee', 'auditor'],
  ExportReadModels: ['office', 'committee', 'auditor'],
  // The 公示 is public once published: every signed-in user may print it.
  PrintPublication: ['*'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
