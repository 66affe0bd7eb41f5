import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ID, ID_MESSAGE } from '../common.dto';

export class TrackingQuery {
  @ApiPropertyOptional({ example: 'road-repair', description: 'Only this unit (default: every unit whose category tracks indicators)' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  unitId?: string;
}

export class DeviationDto {
  @ApiProperty({ example: '-6', description: 'value − target, exact' }) deviation!: string;
  @ApiPropertyOptional({ example: '-20', description: 'deviation ÷ target × 100 (%), exact (20 decimals and "…" where it has no finite form); absent for a zero target' })
  rate?: string;
  @ApiPropertyOptional({ example: '20/11', description: 'The exact rate as "n/d" when `rate` is an approximation' }) rateFraction?: string;
  @ApiPropertyOptional({ example: '-20.00', description: 'The rate rounded half up to 2 decimals' }) rateShown?: string;
  @ApiProperty({ enum: ['ahead', 'on-target', 'behind'], description: "The deviation read in the indicator's direction (a cost over its target is behind)" })
  standing!: 'ahead' | 'on-target' | 'behind';
}

export class TrackedValueRecordDto {
  @ApiProperty({ description: 'The DataSubmitted or DataCorrected event of the value that counts' }) eventId!: string;
  @ApiProperty({ example: 'provider.project-section' }) actorId!: string;
  @ApiProperty({ example: 'data-provider' }) role!: string;
  @ApiProperty({ example: '2025-07-10T08:00:00.000Z' }) recordedAt!: string;
  @ApiProperty({ description: 'The value is a correction of an earlier one' }) corrected!: boolean;
}

export class TrackedIndicatorDto {
  @ApiProperty({ example: 'output-quantity' }) indicatorId!: string;
  @ApiProperty({ enum: ['higher', 'lower'], description: 'Which way is better' }) direction!: 'higher' | 'lower';
  @ApiPropertyOptional({ example: '30', description: "The round's target (分阶段目标): the unit's own, else the scheme's; absent: none set" }) target?: string;
  @ApiPropertyOptional({ example: '24', description: 'The value that counts now; absent: not reported' }) value?: string;
  @ApiPropertyOptional({ type: DeviationDto, description: 'Absent until both target and value are there' }) deviation?: DeviationDto;
  @ApiPropertyOptional({ example: '雨季停工，偏差20%：增加施工班组', description: 'The corrective action (纠偏措施): the reason recorded with the value, or with its latest correction' })
  correctiveAction?: string;
  @ApiPropertyOptional({ type: TrackedValueRecordDto }) recorded?: TrackedValueRecordDto;
}

export class TrackingRoundDto {
  @ApiProperty({ example: 'tracking-1', description: 'A tracking round: a period of the scheme taken, not scored' }) period!: string;
  @ApiProperty({ type: [TrackedIndicatorDto], description: 'The tracked indicators assigned to the unit, in scheme order' }) indicators!: TrackedIndicatorDto[];
}

export class UnitTrackingDto {
  @ApiProperty({ example: 'road-repair' }) unitId!: string;
  @ApiProperty({ example: '农村公路养护项目' }) name!: string;
  @ApiProperty({ example: 'projects' }) categoryId!: string;
  @ApiProperty({ type: [TrackingRoundDto], description: "The scheme's tracking rounds, in its order" }) rounds!: TrackingRoundDto[];
}

export class CycleTrackingDto {
  @ApiProperty({ example: 'budget2025' }) cycleId!: string;
  @ApiProperty({ example: '1042', description: 'The last log position read' }) asOfPosition!: string;
  @ApiProperty({ type: [UnitTrackingDto] }) units!: UnitTrackingDto[];
}
