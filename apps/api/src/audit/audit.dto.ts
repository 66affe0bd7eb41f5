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

export class VerifyQueryDto {
  @ApiPropertyOptional({ example: '2026', description: "Only this cycle's streams (default: the whole log)" })
  @IsOptional()
  @Matches(ID, { message: '$property is 1–64 letters, digits, ".", "_" or "-"' })
  cycleId?: string;
}
