import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested, MaxLength } from 'class-validator';
import { ThemeGroup } from '../theme.enums';

/** Same rule as the `ck_themes__code` check: lower-case words joined by single hyphens. */
export const THEME_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreateThemeInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String, { description: 'Stable code, unique in the partnership, e.g. `cost-of-living`. It never changes.' })
  @Length(1, 80)
  @Matches(THEME_CODE, { message: 'must be lower-case letters and digits in words joined by single hyphens, e.g. `cost-of-living`' })
  code!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ThemeGroup)
  @IsEnum(ThemeGroup)
  themeGroup!: ThemeGroup;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string | null;
}

/** The code is left out on purpose: data and imports refer to it, so it is stable. */
@InputType()
export class UpdateThemeInput extends PartialType(OmitType(CreateThemeInput, ['partnershipId', 'code'] as const)) {}

@InputType()
export class ThemeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ThemeGroup, { nullable: true })
  @IsOptional()
  @IsEnum(ThemeGroup)
  group?: ThemeGroup;

  @Field(() => Boolean, { nullable: true, description: 'True for the shipped default taxonomy, false for the partnership’s own themes.' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;

  @Field(() => String, { nullable: true, description: 'Matches part of the name or code, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ThemeFilterArgs {
  @Field(() => ThemeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThemeFilter)
  filter?: ThemeFilter;
}
