import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit, auditLoader, AuditsService } from '@sli/audits-api';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { Review, reviewLoader, ReviewsService } from '@sli/reviews-api';
import type { Page, RequestContext } from '@sli/shared/api-core';
import {
  EmergingThemesArgs,
  ThemeCoOccurrenceArgs,
  ThemeRecordKind,
  ThemeRecordsBehindArgs,
  ThemesByAgencyArgs,
  ThemeSelectionArgs,
  ThemeTrendArgs,
} from './dto/theme-metrics.args';
import {
  EmergingThemes,
  ThemeAgencyCount,
  ThemeCoOccurrenceMatrix,
  ThemeCoOccurrencePair,
  ThemeHeatmap,
  ThemeMetricsRecord,
  ThemeMetricsRecordConnection,
  ThemeTrendSeries,
} from './models/theme-metrics.models';
import { ThemeAgenciesService } from './theme-agencies.service';
import { ThemeCoOccurrenceService } from './theme-co-occurrence.service';
import { ThemeRecordsService } from './theme-records.service';
import { ThemeTrendsService } from './theme-trends.service';

@Resolver()
export class ThemesMetricsResolver {
  constructor(
    private readonly trends: ThemeTrendsService,
    private readonly coOccurrence: ThemeCoOccurrenceService,
    private readonly agencies: ThemeAgenciesService,
    private readonly records: ThemeRecordsService,
  ) {}

  @Query(() => [ThemeTrendSeries], {
    description:
      'Per theme and period: distinct reviews (by initiation) and audits (by start) tagged with the theme, and their share of all ' +
      'reviews and audits in scope in the period. Every period of the range and every selected theme, zeros included; most tagged first.',
  })
  themeTrend(@Args() args: ThemeTrendArgs): Promise<ThemeTrendSeries[]> {
    return this.trends.trend(args);
  }

  @Query(() => ThemeHeatmap, { description: 'The theme trend as a themes × periods matrix, for a heatmap.' })
  themeHeatmap(@Args() args: ThemeTrendArgs): Promise<ThemeHeatmap> {
    return this.trends.heatmap(args);
  }

  @Query(() => [ThemeCoOccurrencePair], {
    description: 'Pairs of themes found on the same review (or audit), most frequent first; with themeIds/themeCodes, pairs involving them.',
  })
  themeCoOccurrence(@Args() args: ThemeCoOccurrenceArgs): Promise<ThemeCoOccurrencePair[]> {
    return this.coOccurrence.pairs(args);
  }

  @Query(() => ThemeCoOccurrenceMatrix, {
    description: 'Themes × themes: records tagged with both (diagonal: with the theme). Axis: the selected themes, or every theme used.',
  })
  themeCoOccurrenceMatrix(@Args() args: ThemeSelectionArgs): Promise<ThemeCoOccurrenceMatrix> {
    return this.coOccurrence.matrix(args);
  }

  @Query(() => EmergingThemes, {
    description:
      'Themes whose share of reviews and audits grew most against the previous period of the same length ' +
      '(a financial year, or filter.from to filter.to), among themes on at least minCount records now.',
  })
  emergingThemes(@Args() args: EmergingThemesArgs): Promise<EmergingThemes> {
    return this.trends.emerging(args);
  }

  @Query(() => [ThemeAgencyCount], {
    description:
      'Per theme and agency: findings of reviews/audits involving the agency (dated by the review or audit), and actions it owns ' +
      '(dated by due date, cancelled left out). Largest first.',
  })
  themesByAgency(@Args() args: ThemesByAgencyArgs): Promise<ThemeAgencyCount[]> {
    return this.agencies.byAgency(args);
  }

  @Query(() => ThemeMetricsRecordConnection, {
    description: 'The reviews and audits behind a theme figure: a trend cell (one theme, a period), a co-occurrence pair (two themes).',
  })
  themeRecordsBehind(@Args() args: ThemeRecordsBehindArgs): Promise<Page<ThemeMetricsRecord>> {
    return this.records.behind(args);
  }
}

@Resolver(() => ThemeMetricsRecord)
export class ThemeMetricsRecordResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly audits: AuditsService,
  ) {}

  @ResolveField(() => Review, { nullable: true, description: 'The review, when the record is one.' })
  review(@Parent() record: ThemeMetricsRecord, @Context() ctx: RequestContext): Promise<Review | null> | null {
    return record.kind === ThemeRecordKind.REVIEW ? reviewLoader(ctx, this.reviews).load(record.id) : null;
  }

  @ResolveField(() => Audit, { nullable: true, description: 'The audit, when the record is one.' })
  audit(@Parent() record: ThemeMetricsRecord, @Context() ctx: RequestContext): Promise<Audit | null> | null {
    return record.kind === ThemeRecordKind.AUDIT ? auditLoader(ctx, this.audits).load(record.id) : null;
  }
}

@Resolver(() => ThemeAgencyCount)
export class ThemeAgencyCountResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @ResolveField(() => Agency)
  async agency(@Parent() row: ThemeAgencyCount, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(row.agencyId);
    if (!found) throw new Error(`Agency ${row.agencyId} is missing`);
    return found;
  }
}
