import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { CommandBodyDto, ID, ID_MESSAGE } from '../common.dto';

export class TakeSnapshotDto extends CommandBodyDto {
  @ApiProperty({ enum: PHASE_IDS, example: 'mid-year', description: 'The phase whose scores are frozen' })
  @IsIn(PHASE_IDS)
  phase!: PhaseId;
}

export class ComputeResultsDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: 'appeal-2026-xcp-01', description: 'After publication: the appeal whose decision changes the results' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  appealId?: string;
}

export class PublishResultsDto extends CommandBodyDto {
  @ApiProperty({ example: '2027-03-07T18:00:00+08:00', description: 'End of the notice period (公示), ISO 8601 instant' })
  @IsISO8601({ strict: true })
  noticeEndsAt!: string;
}

export class FinaliseResultsDto extends CommandBodyDto {}
