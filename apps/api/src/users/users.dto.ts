import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SCHEME_ID_PATTERN, SCHEME_ID_RULE } from '@kaoping/scoring';
import { GRANTABLE_ROLES, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Grant, type GrantableRole } from '@kaoping/identity';
import { ID_PATTERN } from '../auth/auth.dto';

const ID_RULE = "1–64 letters, digits, '.', '_' or '-'";

export class GrantDto {
  @ApiProperty({ enum: GRANTABLE_ROLES, example: 'unit-reporter' })
  @IsIn(GRANTABLE_ROLES)
  role!: GrantableRole;

  @ApiPropertyOptional({ example: 'xinchengpu', description: 'Required for unit-reporter: the unit it reports for' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `unitId is ${ID_RULE}` })
  unitId?: string;

  @ApiPropertyOptional({ example: 'tongjiju', description: 'Required for data-provider (optional for inspector, complaint-handler, survey-office): the organisation it acts for' })
  @IsOptional()
  @Matches(SCHEME_ID_PATTERN, { message: `providerId is ${SCHEME_ID_RULE.en}` })
  providerId?: string;
}

export class ProvisionUserDto {
  @ApiProperty({ example: 'li.ming' })
  @Matches(ID_PATTERN, { message: `userId is ${ID_RULE}` })
  userId!: string;

  @ApiProperty({ example: '李明', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ type: [GrantDto], example: [{ role: 'office' }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GrantDto)
  grants!: GrantDto[];

  @ApiProperty({ format: 'password', example: '考评 2026 first pass', minLength: MIN_PASSWORD_LENGTH, description: 'The first password; the user changes it with PUT /auth/password' })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiPropertyOptional({ example: '新任绩效办工作人员', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ChangeGrantDto extends GrantDto {
  @ApiPropertyOptional({ example: '岗位调整', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class DisableUserDto {
  @ApiPropertyOptional({ example: '调离', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ResetPasswordDto {
  @ApiProperty({ format: 'password', example: '考评 2026 reset pass', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class UserDto {
  @ApiProperty({ example: 'li.ming' })
  userId!: string;

  @ApiProperty({ example: '李明' })
  name!: string;

  @ApiProperty({ enum: ['active', 'disabled'], example: 'active' })
  status!: 'active' | 'disabled';

  @ApiProperty({ type: [GrantDto] })
  grants!: readonly GrantDto[];
}

/** An account that may be assigned as a rater: who, and in which of the rating roles. */
export class RaterCandidateDto {
  @ApiProperty({ example: 'liu.leader' })
  userId!: string;

  @ApiProperty({ example: '刘县长' })
  name!: string;

  @ApiProperty({ type: [String], example: ['leader'] })
  roles!: string[];
}

export const grantOf = (dto: GrantDto): Grant => ({
  role: dto.role,
  ...(dto.unitId === undefined ? {} : { unitId: dto.unitId }),
  ...(dto.providerId === undefined ? {} : { providerId: dto.providerId }),
});
