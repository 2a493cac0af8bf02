import { Module } from '@nestjs/common';
import { ActionsMetricsModule } from './actions-metrics/actions-metrics.module';
import { AnnualReportModule } from './annual-report/annual-report.module';
import { AuditsMetricsModule } from './audits-metrics/audits-metrics.module';
import { BuiltInMetricsResolver } from './catalogue/built-in-metrics.resolver';
import { HeadlineFiguresModule } from './headlines/headline-figures.module';
import { ObaModule } from './oba/oba.module';
import { ReviewsMetricsModule } from './reviews-metrics/reviews-metrics.module';
import { ThemesMetricsModule } from './themes-metrics/themes-metrics.module';
import { TrainingMetricsModule } from './training-metrics/training-metrics.module';

/** The metrics catalogue of DESIGN.md section 4, OBA analysis and the annual report dataset. */
@Module({
  imports: [
    ReviewsMetricsModule,
    ActionsMetricsModule,
    AuditsMetricsModule,
    TrainingMetricsModule,
    ThemesMetricsModule,
    ObaModule,
    AnnualReportModule,
    HeadlineFiguresModule,
  ],
  providers: [BuiltInMetricsResolver],
})
export class AnalyticsModule {}
