import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CommandBodyDto, ID, ID_MESSAGE, SCHEME_ID, SCHEME_ID_MESSAGE, ISO_DATE, ISO_DATE_MESSAGE, ReasonedCommandDto } from '../common.dto';

export class OpenPhaseDto extends CommandBodyDto {}

export class ClosePhaseDto extends CommandBodyDto {
  @ApiPropertyOptional({ description: "The periods it closes (default: the calendar's periods due by the phase's end)", example: ['mid-year'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(SCHEME_ID, { each: true, message: SCHEME_ID_MESSAGE })
  periods?: string[];
}

export class MovePhaseDto extends ReasonedCommandDto {
  @ApiPropertyOptional({ example: '2026-07-01', format: 'date', description: 'New start (only before the phase opens)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  start?: string;

  @ApiPropertyOptional({ example: '2026-08-10', format: 'date', description: 'New end' })
  @IsOptional()
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  end?: string;
}
