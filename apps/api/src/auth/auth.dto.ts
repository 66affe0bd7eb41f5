import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SCHEME_ID_PATTERN, SCHEME_ID_RULE } from '@kaoping/scoring';
import { GRANTABLE_ROLES, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type GrantableRole } from '@kaoping/identity';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ID_RULE = "1–64 letters, digits, '.', '_' or '-'";

export class LoginDto {
  @ApiProperty({ example: 'li.ming' })
  @IsString()
  @Matches(ID_PATTERN, { message: `userId is ${ID_RULE}` })
  userId!: string;

  @ApiProperty({ example: 'correct horse battery staple', format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiPropertyOptional({ enum: GRANTABLE_ROLES, example: 'office', description: 'The role to act in; required when the user holds several' })
  @IsOptional()
  @IsIn(GRANTABLE_ROLES)
  role?: GrantableRole;

  @ApiPropertyOptional({ example: 'xinchengpu', description: 'The unit, when the user is a reporter for several' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `unitId is ${ID_RULE}` })
  unitId?: string;

  @ApiPropertyOptional({ example: 'tongjiju', description: 'The provider, when the user acts for several' })
  @IsOptional()
  @Matches(SCHEME_ID_PATTERN, { message: `providerId is ${SCHEME_ID_RULE.en}` })
  providerId?: string;
}

export class ScopeDto {
  @ApiPropertyOptional({ example: 'xinchengpu' })
  unitId?: string;

  @ApiPropertyOptional({ example: 'tongjiju' })
  providerId?: string;
}

export class AccessGrantDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 3600, description: 'Seconds until the token ends' })
  expiresIn!: number;

  @ApiProperty({ enum: GRANTABLE_ROLES, example: 'office' })
  role!: GrantableRole;

  @ApiProperty({ type: ScopeDto })
  scope!: ScopeDto;
}

export class ActingUserDto {
  @ApiProperty({ example: 'li.ming' })
  userId!: string;

  @ApiProperty({ example: '李明' })
  name!: string;

  @ApiProperty({ enum: GRANTABLE_ROLES, example: 'office' })
  role!: GrantableRole;

  @ApiPropertyOptional({ example: 'xinchengpu' })
  unitId?: string;

  @ApiPropertyOptional({ example: 'tongjiju' })
  providerId?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @ApiProperty({ format: 'password', example: '考评 2026 new pass', minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}
