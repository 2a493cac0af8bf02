import { Module } from '@nestjs/common';
import { MeasuresModule } from '@sli/measures-api';
import { ObaAnalysisService } from './oba-analysis.service';
import { ObaRollupService } from './oba-rollup.service';
import { ObaScorecardService } from './oba-scorecard.service';
import { ObaSeriesService } from './oba-series.service';
import { ObaMeasureResolver, ObaResolver, ObaScorecardEntryResolver } from './oba.resolver';

/** OBA analysis of measures (DESIGN.md section 3): series, analysis, scorecard and roll-up. */
@Module({
  imports: [MeasuresModule],
  providers: [ObaSeriesService, ObaAnalysisService, ObaScorecardService, ObaRollupService, ObaMeasureResolver, ObaScorecardEntryResolver, ObaResolver],
  exports: [ObaSeriesService, ObaAnalysisService],
})
export class ObaModule {}
