import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { Measure, MeasureNote, MeasureValue } from './models/measure.model';
import type { MeasuresService } from './measures.service';

/*
 * Per-request batched look-ups: however many measures a list holds, their values are one query
 * and their notes another. `measureLoader` is exported for other domains' `measure` fields.
 */

export function measureLoader(ctx: RequestContext, service: MeasuresService) {
  return ctx.loaders.get<string, Measure | null>('measure.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (m) => m.id),
  );
}

export function measureValuesLoader(ctx: RequestContext, service: MeasuresService) {
  return ctx.loaders.get<string, MeasureValue[]>('measure.values', async (ids) =>
    groupByKey(ids, await service.findValuesByMeasureIds(ids), (v) => v.measureId),
  );
}

export function measureNotesLoader(ctx: RequestContext, service: MeasuresService) {
  return ctx.loaders.get<string, MeasureNote[]>('measure.notes', async (ids) =>
    groupByKey(ids, await service.findNotesByMeasureIds(ids), (n) => n.measureId),
  );
}
