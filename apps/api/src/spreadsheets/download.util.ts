import { StreamableFile, applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Download } from './spreadsheets.service';

/** Sends a file: its type, and its name as an attachment (RFC 6266, UTF-8 names for Chinese). */
export const sendDownload = (response: Response, download: Download): StreamableFile => {
  response.setHeader('Content-Type', download.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${download.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`);
  return new StreamableFile(download.body);
};

/** OpenAPI: the route answers a file of one of these types (binary), so the typed client knows it. */
export const ApiFileResponse = (...mediaTypes: readonly string[]): MethodDecorator =>
  applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({ description: `The file (${mediaTypes.join(' or ')}), as an attachment`, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }),
  );
