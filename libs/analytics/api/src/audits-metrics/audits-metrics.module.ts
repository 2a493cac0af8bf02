import { Module } from '@nestjs/common';
import { AuditsModule } from '@sli/audits-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AuditQualityAuditRowResolver, AuditQualityResolver, AuditQualityRoundResolver } from './audit-quality.resolver';
import { AuditQualityService } from './audit-quality.service';
import { Section11AgencySummaryResolver, Section11GridCellResolver, Section11MetricsResolver } from './section11-metrics.resolver';
import { Section11MetricsService } from './section11-metrics.service';

/** Audit quality (case gradings, % good or better, change between rounds) and section 11 grids. */
@Module({
  imports: [AuditsModule, PartnershipsModule],
  providers: [
    AuditQualityService,
    Section11MetricsService,
    AuditQualityResolver,
    AuditQualityAuditRowResolver,
    AuditQualityRoundResolver,
    Section11MetricsResolver,
    Section11GridCellResolver,
    Section11AgencySummaryResolver,
  ],
  exports: [AuditQualityService, Section11MetricsService],
})
export class AuditsMetricsModule {}
