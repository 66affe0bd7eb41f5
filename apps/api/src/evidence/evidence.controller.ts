import { Controller, Get, Headers, HttpCode, Param, PayloadTooLargeException, Post, Req, Res, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiPayloadTooLargeResponse, ApiProperty, ApiProduces, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { Forbidden, InvalidInput, NotFound } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import type { Request, Response } from 'express';
import { CurrentActor } from '../auth/auth.decorators';
import { ReadRoute } from '../commands/command-route.decorator';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { assertMayRead } from '../queries/query-access';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, mediaTypeOf } from './evidence-media';
import { EvidenceStore, evidenceReference, type EvidenceFile } from './evidence.store';

export class EvidenceDto {
  @ApiProperty({ example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: "Put this in a command's `evidence`" }) reference!: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES }) mediaType!: string;
  @ApiProperty({ example: 183204 }) size!: number;
  @ApiProperty() uploadedBy!: string;
  @ApiProperty() uploadedRole!: string;
  @ApiProperty() uploadedAt!: string;
  @ApiProperty({ description: 'The same bytes were stored before (nothing new stored)' }) existed!: boolean;
}

const SHA256 = /^[0-9a-f]{64}$/;
/** Office, committee and auditor open every file; others their own uploads, and a unit reporter what its unit's events name. */
const SEES_ALL: ReadonlySet<string> = new Set(['office', 'committee', 'auditor', 'admin']);

const readBody = (req: Request): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EVIDENCE_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new PayloadTooLargeException(`证据文件最大 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB / evidence files are at most ${MAX_EVIDENCE_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const dtoOf = (file: EvidenceFile, existed: boolean): EvidenceDto => ({ reference: evidenceReference(file.sha256), ...file, existed });

/** Evidence files (photos, scans, PDFs) stored by their SHA-256; events name them as `sha256:<hex>`. */
@ApiTags('evidence')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly store: EvidenceStore) {}

  @Post()
  @HttpCode(201)
  @ReadRoute('UploadEvidence', `Upload an evidence file as the raw request body (Content-Type ${EVIDENCE_MEDIA_TYPES.join(', ')}; at most ${MAX_EVIDENCE_BYTES} bytes); answers its sha256 reference`)
  @ApiConsumes(...EVIDENCE_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: EvidenceDto })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBodyDto, description: 'Not one of the accepted types, or the bytes are not what the Content-Type says' })
  async upload(@CurrentActor() actor: ActingUser, @Req() req: Request, @Headers('content-type') contentType: string | undefined): Promise<EvidenceDto> {
    assertMayRead(actor, 'UploadEvidence');
    const declared = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!(EVIDENCE_MEDIA_TYPES as readonly string[]).includes(declared)) {
      throw new UnsupportedMediaTypeException(`证据文件类型须为 ${EVIDENCE_MEDIA_TYPES.join('、')} / Content-Type must be one of ${EVIDENCE_MEDIA_TYPES.join(', ')} (got ${declared || 'none'})`);
    }
    const content = await readBody(req);
    if (content.length === 0) {
      throw new InvalidInput({ code: 'evidence-empty', message: '证据文件为空 / the evidence file is empty', details: [{ path: 'body', rule: 'not-empty', message: '证据文件为空 / the body holds no bytes' }] });
    }
    const sniffed = mediaTypeOf(content);
    if (sniffed !== declared) {
      throw new UnsupportedMediaTypeException(`文件内容不是 ${declared}${sniffed === null ? '' : `（实为 ${sniffed}）`} / the bytes are not ${declared}${sniffed === null ? '' : ` (they are ${sniffed})`}`);
    }
    const { file, existed } = await this.store.put({ content, mediaType: declared, uploadedBy: actor.userId, uploadedRole: actor.role, now: new Date().toISOString() });
    return dtoOf(file, existed);
  }

  @Get(':sha256')
  @ReadRoute('ReadEvidence', 'Read an evidence file back (office, committee, auditor: any; others: their own uploads; a unit reporter also what its unit’s events name)')
  @ApiParam({ name: 'sha256', description: '64 hex digits (the reference without `sha256:`)' })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({ description: 'The file, with its Content-Type and an ETag of its sha256', content: Object.fromEntries(EVIDENCE_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async read(@CurrentActor() actor: ActingUser, @Param('sha256') raw: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    assertMayRead(actor, 'ReadEvidence');
    const sha256 = raw.toLowerCase().replace(/^sha256:/, '');
    if (!SHA256.test(sha256)) {
      throw new InvalidInput({ code: 'invalid-input', message: 'sha256 须为 64 位十六进制 / sha256 is 64 hex digits', details: [{ path: 'sha256', rule: 'pattern', message: 'sha256 is 64 hex digits' }] });
    }
    const file = await this.store.describe(sha256);
    if (file === null) throw new NotFound({ code: 'evidence-not-found', message: `没有证据文件 ${sha256} / no evidence file ${sha256}` });
    const may =
      SEES_ALL.has(actor.role) ||
      file.uploadedBy === actor.userId ||
      (actor.role === 'unit-reporter' && actor.unitId !== undefined && (await this.store.referencedByUnit({ sha256, unitId: actor.unitId })));
    if (!may) {
      const message = `the ${actor.role} role may open only its own uploads${actor.role === 'unit-reporter' ? ' and the evidence its unit’s events name' : ''}`;
      throw new Forbidden({ code: 'not-allowed', message, details: [{ path: 'sha256', rule: 'evidence-scope', message }] });
    }
    const content = await this.store.content(sha256);
    if (content === null) throw new NotFound({ code: 'evidence-not-found', message: `no evidence file ${sha256}` });
    res.setHeader('ETag', `"${sha256}"`);
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    return new StreamableFile(content, { type: file.mediaType, length: content.length });
  }
}
