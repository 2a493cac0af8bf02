import { Module } from '@nestjs/common';
import { MeasuresModule } from '@sli/measures-api';
import { ObaAnalysisService } from './oba-analysis.service';
import { ObaRollupService } from './oba-rollup.service';
import { ObaScorecardService } from './oba-scorecard.service';
import { ObaSeriesService } from './oba-series.service';
import { ObaMeasureResolver, ObaResolver, ObaScorecardEntryResolver } from './oba.resolver';
import { ObaEmbedController } from './publication/oba-embed.controller';
import { ObaPublicationResolver } from './publication/oba-publication.resolver';
import { ObaPublicationService } from './publication/oba-publication.service';

/** OBA analysis of measures (DESIGN.md section 3): series, analysis, scorecard, roll-up, and the scorecard published for a website. */
@Module({
  imports: [MeasuresModule],
  controllers: [ObaEmbedController],
  providers: [
    ObaSeriesService,
    ObaAnalysisService,
    ObaScorecardService,
    ObaRollupService,
    ObaMeasureResolver,
    ObaScorecardEntryResolver,
    ObaResolver,
    ObaPublicationService,
    ObaPublicationResolver,
  ],
  exports: [ObaSeriesService, ObaAnalysisService],
})
export class ObaModule {}
