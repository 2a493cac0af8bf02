import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { DateScalar } from '@sli/shared/api-core';
import { RoleValue } from '../role.enum';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsString()
  @Length(1, 254)
  email!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 256)
  password!: string;
}

@InputType()
export class CreateTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Quarterly R script".' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (1–366); default 90.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  expiresInDays?: number | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => RoleValue)
  @IsEnum(RoleValue)
  role!: RoleValue;

  @Field(() => ID, { nullable: true, description: 'The partnership the user belongs to (not for national analysts or system admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a partnership id' })
  partnershipId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Several partnerships, for a business unit that serves more than one.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be partnership ids' })
  partnershipIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The agency an agency lead acts for.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Initial password; leave empty for single sign-on only.' })
  @IsOptional()
  @IsString()
  password?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => RoleValue, { nullable: true })
  @IsOptional()
  @IsEnum(RoleValue)
  role?: RoleValue | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the partnerships the user belongs to.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be partnership ids' })
  partnershipIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled user is signed out at once and cannot sign in.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Sets a new password (and unlocks the account).' })
  @IsOptional()
  @IsString()
  password?: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnershipId?: string | null;

  @Field(() => String, { nullable: true, description: 'A table name, e.g. `actions`, `reviews`, `users`.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. insert, update, delete, sign-in, sign-in-failed, export, exact-report.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  action?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;
}
