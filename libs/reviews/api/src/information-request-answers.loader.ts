import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { ChronologyEntryEntity } from './chronology-entry.entity';
import type { InformationRequestAnswerEntity } from './information-request-answer.entity';
import type { InformationRequestAnswersService } from './information-request-answers.service';

export function answerByRequestLoader(ctx: RequestContext, service: InformationRequestAnswersService) {
  return ctx.loaders.get<string, InformationRequestAnswerEntity | null>('informationRequestAnswer.byRequestId', async (ids) =>
    byKey(ids, await service.findByRequestIds(ids), (a) => a.informationRequestId),
  );
}

export function chronologyByRequestLoader(ctx: RequestContext, service: InformationRequestAnswersService) {
  return ctx.loaders.get<string, ChronologyEntryEntity[]>('chronologyEntry.byRequestId', async (ids) =>
    groupByKey(ids, await service.findChronology(ids), (e) => e.informationRequestId),
  );
}

export function remindedOnLoader(ctx: RequestContext, service: InformationRequestAnswersService) {
  return ctx.loaders.get<string, string | null>('informationRequest.lastRemindedOn', async (ids) => {
    const found = await service.lastRemindedOn(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
