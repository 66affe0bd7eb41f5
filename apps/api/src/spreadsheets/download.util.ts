import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Download } from './spreadsheets.service';

/** Sends a file: its type, and its name as an attachment (RFC 6266, UTF-8 names for Chinese). */
export const sendDownload = (response: Response, download: Download): StreamableFile => {
  response.setHeader('Content-Type', download.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${download.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`);
  return new StreamableFile(download.body);
};
