import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LabelDto } from '../../reads/reads.dto';
import { RankingGroupDto } from '../../reads/responses.dto';
import { SchemeDocumentDto } from '../cycles/cycles.dto';
import { SCHEME_ID, SCHEME_ID_MESSAGE } from '../common.dto';

/** A draft scheme (JSON or YAML text, validated as a published one is) to score the cycle's log under. */
export class WhatIfRequestDto extends SchemeDocumentDto {
  @ApiPropertyOptional({ example: 'townships', description: 'Only this category (default: every category both schemes have)' })
  @IsOptional()
  @Matches(SCHEME_ID, { message: SCHEME_ID_MESSAGE })
  categoryId?: string;
}

class WhatIfSchemeRefDto {
  @ApiProperty({ example: 's3-zhengding' }) schemeId!: string;
  @ApiProperty({ example: 2 }) version!: number;
}

class WhatIfGradeDto {
  @ApiProperty({ example: 'advanced' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class WhatIfStandingDto {
  @ApiProperty({ example: '93.65', description: 'Rounded half up to 2 decimals (string)' }) total!: string;
  @ApiProperty({ type: WhatIfGradeDto }) grade!: WhatIfGradeDto;
  @ApiProperty({ example: 1 }) rank!: number;
}

export class WhatIfPartDto {
  @ApiProperty({ example: 'indicators' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiPropertyOptional({ example: '88.46', description: 'Exact value under the scheme in force (absent: the draft adds the part)' }) before?: string;
  @ApiPropertyOptional({ example: '68.8', description: 'Exact value under the draft (absent: the draft drops the part)' }) after?: string;
  @ApiProperty({ example: '-19.66', description: 'after − before, exact (20 decimals and "…" where it has no finite form)' }) change!: string;
  @ApiProperty({ example: '-19.66', description: 'The change rounded half up to 2 decimals' }) changeShown!: string;
}

export class WhatIfUnitDto {
  @ApiProperty({ example: 'xinchengpu' }) unitId!: string;
  @ApiPropertyOptional({ example: '新城铺镇' }) name?: string;
  @ApiProperty({ type: WhatIfStandingDto, description: 'Under the scheme in force' }) inForce!: WhatIfStandingDto;
  @ApiProperty({ type: WhatIfStandingDto, description: 'Under the draft' }) draft!: WhatIfStandingDto;
  @ApiProperty({ example: '-1.20', description: 'Draft total − total in force (2 decimals)' }) totalChange!: string;
  @ApiProperty() gradeChanged!: boolean;
  @ApiProperty({ example: -1, description: 'Places gained (positive) or lost (negative)' }) rankChange!: number;
  @ApiProperty({ type: [WhatIfPartDto], description: 'The parts whose value moved' }) partsMoved!: WhatIfPartDto[];
}

export class WhatIfCategoryDto {
  @ApiProperty({ example: 'townships' }) categoryId!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiPropertyOptional({ type: RankingGroupDto, description: "The draft's ranking group the ranks and grades are counted over (absent: the category ranks alone)" })
  ranking?: RankingGroupDto;
  @ApiProperty({ type: [WhatIfUnitDto], description: "Every unit, in the draft's rank order" }) units!: WhatIfUnitDto[];
  @ApiProperty({ type: [String], description: 'Units whose total, grade or rank would change' }) changed!: string[];
}

export class CategoryNotComparedDto {
  @ApiProperty({ example: 'old-town' }) categoryId!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ enum: ['not-in-draft', 'not-in-force'] }) reason!: string;
}

export class SchemeWhatIfDto {
  @ApiProperty({ example: '2026' }) cycleId!: string;
  @ApiProperty({ example: '2027-01-21T00:00:00.000Z', description: 'The moment scored at (deadlines judged then): when the request arrived' }) asOf!: string;
  @ApiProperty({ example: '1042', description: 'The last log position read' }) asOfPosition!: string;
  @ApiProperty({ type: WhatIfSchemeRefDto }) inForce!: WhatIfSchemeRefDto;
  @ApiProperty({ type: WhatIfSchemeRefDto }) draft!: WhatIfSchemeRefDto;
  @ApiProperty({ type: [WhatIfCategoryDto] }) categories!: WhatIfCategoryDto[];
  @ApiProperty({ type: [CategoryNotComparedDto], description: 'Categories only one of the schemes has' }) notCompared!: CategoryNotComparedDto[];
}
