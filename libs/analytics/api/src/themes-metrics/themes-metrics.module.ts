import { Module } from '@nestjs/common';
import { AuditsModule } from '@sli/audits-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { ReviewsModule } from '@sli/reviews-api';
import { ThemeAgenciesService } from './theme-agencies.service';
import { ThemeCoOccurrenceService } from './theme-co-occurrence.service';
import { ThemeRecordsService } from './theme-records.service';
import { ThemeTrendsService } from './theme-trends.service';
import { ThemeAgencyCountResolver, ThemeMetricsRecordResolver, ThemesMetricsResolver } from './themes-metrics.resolver';

/** Theme trends, heatmap, co-occurrence, emerging themes, theme × agency, and their drill-down (DESIGN.md section 4). */
@Module({
  imports: [PartnershipsModule, ReviewsModule, AuditsModule],
  providers: [
    ThemeTrendsService,
    ThemeCoOccurrenceService,
    ThemeAgenciesService,
    ThemeRecordsService,
    ThemesMetricsResolver,
    ThemeMetricsRecordResolver,
    ThemeAgencyCountResolver,
  ],
  exports: [ThemeTrendsService, ThemeCoOccurrenceService],
})
export class ThemesMetricsModule {}
