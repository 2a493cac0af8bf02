import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@sli/partnerships-api';
import { MeasureNoteEntity } from './measure-note.entity';
import { MeasureStoriesResolver } from './measure-stories.resolver';
import { MeasureStoriesService } from './measure-stories.service';
import { MeasureValueEntity } from './measure-value.entity';
import { MeasureEntity } from './measure.entity';
import { MeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [TypeOrmModule.forFeature([MeasureEntity, MeasureValueEntity, MeasureNoteEntity]), PartnershipsModule],
  providers: [MeasuresService, MeasuresResolver, MeasureStoriesService, MeasureStoriesResolver],
  exports: [MeasuresService],
})
export class MeasuresModule {}
