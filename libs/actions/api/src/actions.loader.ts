import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { ActionUpdateEntity } from './action-update.entity';
import type { ActionEntity } from './action.entity';
import type { ActionParentKey, ActionsService } from './actions.service';

/** Batched look-ups so lists of actions, and lists of their parents, cost one query per relation. */
export function actionLoader(ctx: RequestContext, service: ActionsService) {
  return ctx.loaders.get<string, ActionEntity | null>('action.byId', async (ids) =>
    byKey(ids, await service.findByIds(ids), (a) => a.id),
  );
}

/** The actions of each review, audit, recommendation or owner agency, by due date. */
export function actionsByParentLoader(ctx: RequestContext, service: ActionsService, key: ActionParentKey) {
  return ctx.loaders.get<string, ActionEntity[]>(`actions.by.${key}`, async (parentIds) =>
    groupByKey(parentIds, await service.findByParents(key, parentIds), (a) => a[key] ?? ''),
  );
}

export function actionUpdatesLoader(ctx: RequestContext, service: ActionsService) {
  return ctx.loaders.get<string, ActionUpdateEntity[]>('actionUpdates.byActionId', async (actionIds) =>
    groupByKey(actionIds, await service.findUpdates(actionIds), (u) => u.actionId),
  );
}
