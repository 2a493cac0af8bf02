export { MeasuresModule } from './measures.module';
export { MeasuresService } from './measures.service';
export { measureLoader, measureNotesLoader, measureValuesLoader } from './measures.loader';
export { MeasureEntity } from './measure.entity';
export { MeasureValueEntity } from './measure-value.entity';
export { MeasureNoteEntity } from './measure-note.entity';
export { Measure, MeasureConnection, MeasureNote, MeasureValue } from './models/measure.model';
export { MeasurePeriodicity, MeasurePolarity, MeasureSource, MeasureUnit, ObaQuadrant } from './measure.enums';
export { isPeriodStart, periodStartProblem } from './measure-rules';
