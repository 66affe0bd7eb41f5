import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ID } from '../evaluation/common.dto';

const MOMENT_HELP = "'now' (default), 'published' (the category's last ResultsPublished), a global position (digits) or an ISO 8601 time with its offset";

export class MomentQueryDto {
  @ApiPropertyOptional({ example: '2026-07-31T23:59:59+08:00', description: MOMENT_HELP })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  at?: string;
}

export class DiffQueryDto {
  @ApiPropertyOptional({ example: 'published', description: `The earlier moment: ${MOMENT_HELP}` })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ example: 'now', description: `The later moment: ${MOMENT_HELP}` })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ example: 'xinchengpu', description: "Only this unit's facts and numbers (a unit reporter: always its own)" })
  @IsOptional()
  @Matches(ID, { message: '$property is 1–64 letters, digits, ".", "_" or "-"' })
  unitId?: string;
}

const HASH = /^\s*[0-9a-fA-F]{64}\s*$/;
const EVENT_ID = /^\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\s*$/;
const HASH_MESSAGE = '$property 应为 64 位十六进制哈希 / $property is a SHA-256 hash: 64 hexadecimal digits';
const EVENT_ID_MESSAGE = '$property 应为事件编号（UUID）/ $property is an event id (a UUID)';

/** The seal printed on a 公示, any part of it (without one: the category's last publication). */
export class PublicationVerifyQueryDto {
  @ApiPropertyOptional({ description: '结果公示事件 (the ResultsPublished event id the notice prints)' })
  @IsOptional()
  @Matches(EVENT_ID, { message: EVENT_ID_MESSAGE })
  publishedEventId?: string;

  @ApiPropertyOptional({ description: "结果公示事件的哈希 (also the PDF's Subject: \"seal <hash>\")" })
  @IsOptional()
  @Matches(HASH, { message: HASH_MESSAGE })
  publishedHash?: string;

  @ApiPropertyOptional({ description: '结果计算事件 (the ResultsComputed event id)' })
  @IsOptional()
  @Matches(EVENT_ID, { message: EVENT_ID_MESSAGE })
  computedEventId?: string;

  @ApiPropertyOptional({ description: '结果计算事件的哈希' })
  @IsOptional()
  @Matches(HASH, { message: HASH_MESSAGE })
  computedHash?: string;
}

export class VerifyQueryDto {
  @ApiPropertyOptional({ example: '2026', description: "Only this cycle's streams (default: the whole log)" })
  @IsOptional()
  @Matches(ID, { message: '$property is 1–64 letters, digits, ".", "_" or "-"' })
  cycleId?: string;
}
