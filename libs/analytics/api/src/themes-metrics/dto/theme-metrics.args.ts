import { ArgsType, Field, ID, Int, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
  MaxLength,
} from 'class-validator';
import { MetricFilter, PeriodGrain } from '../../common/metric-args';

export enum ThemeRecordSource {
  REVIEWS = 'reviews',
  AUDITS = 'audits',
  BOTH = 'both',
}

registerEnumType(ThemeRecordSource, {
  name: 'ThemeRecordSource',
  description: 'Which records theme metrics count: reviews (by initiation date), audits (by start date) or both.',
});

export enum ThemeRecordKind {
  REVIEW = 'review',
  AUDIT = 'audit',
}

registerEnumType(ThemeRecordKind, { name: 'ThemeRecordKind', description: 'A record theme metrics count: a review or an audit.' });

const THEME_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What every theme metric takes. Themes are matched by their stable code, so figures across
 * several partnerships add up theme by theme (each partnership has its own copy of a theme).
 */
@ArgsType()
export class ThemeScopeArgs {
  @Field(() => MetricFilter, {
    nullable: true,
    description:
      'partnershipIds, from/to (review initiation, audit start), agencyId (records involving the agency; an audit also by its lead), ' +
      'reviewTypes (only reviews of these types; audits are then left out), themeId (only records tagged with that theme\'s code).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => ThemeRecordSource, { defaultValue: ThemeRecordSource.BOTH })
  @IsEnum(ThemeRecordSource)
  source: ThemeRecordSource = ThemeRecordSource.BOTH;
}

/** The scope of the metrics counting tagged reviews and audits. */
@ArgsType()
export class ThemeTaggingArgs extends ThemeScopeArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also treat a record as tagged with the themes of its findings, not only with its own themes.',
  })
  @IsBoolean()
  includeFindingThemes = false;
}

/** The scope plus the themes to report. */
@ArgsType()
export class ThemeSelectionArgs extends ThemeTaggingArgs {
  @Field(() => [ID], { nullable: true, description: 'Report only these themes (matched by their codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Report only the themes with these codes, e.g. `domestic-abuse`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(THEME_CODE, { each: true, message: 'must hold theme codes such as domestic-abuse' })
  themeCodes?: string[];
}

@ArgsType()
export class ThemeTrendArgs extends ThemeSelectionArgs {
  @Field(() => PeriodGrain, { defaultValue: PeriodGrain.FINANCIAL_YEAR })
  @IsEnum(PeriodGrain)
  grain: PeriodGrain = PeriodGrain.FINANCIAL_YEAR;
}

@ArgsType()
export class ThemeCoOccurrenceArgs extends ThemeSelectionArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Leave out pairs found together on fewer records.' })
  @Min(1)
  minCount = 1;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many pairs, 1 to 1000.' })
  @Min(1)
  @Max(1000)
  limit = 100;
}

@ArgsType()
export class EmergingThemesArgs extends ThemeSelectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The current period as a financial year, e.g. `2024/25`; otherwise filter.from and filter.to give it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  financialYear?: string;

  @Field(() => Int, { defaultValue: 3, description: 'Only themes on at least this many records in the current period.' })
  @Min(1)
  minCount = 3;

  @Field(() => Int, { defaultValue: 10, description: 'At most this many themes, 1 to 500.' })
  @Min(1)
  @Max(500)
  limit = 10;
}

@ArgsType()
export class ThemeRecordsBehindArgs extends ThemeTaggingArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only records tagged with every one of these themes (by code): one for a trend cell, two for a co-occurrence pair.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => [String], { nullable: true, description: 'As themeIds, by theme code.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(THEME_CODE, { each: true, message: 'must hold theme codes such as domestic-abuse' })
  themeCodes?: string[];

  @Field(() => PeriodGrain, { nullable: true, description: 'With periodStart: only records in that period (a trend cell).' })
  @IsOptional()
  @IsEnum(PeriodGrain)
  grain?: PeriodGrain;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period of `grain`, as the trend returned it.' })
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 500.' })
  @Min(1)
  @Max(500)
  first = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class ThemesByAgencyArgs extends ThemeScopeArgs {
  @Field(() => [ID], { nullable: true, description: 'Report only these themes (matched by their codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Report only the themes with these codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(THEME_CODE, { each: true, message: 'must hold theme codes such as domestic-abuse' })
  themeCodes?: string[];

  @Field(() => Int, { defaultValue: 500, description: 'At most this many theme-agency rows, 1 to 5000.' })
  @Min(1)
  @Max(5000)
  limit = 500;
}
