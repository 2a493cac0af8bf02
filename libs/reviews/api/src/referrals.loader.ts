import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { Referral } from './models/referral.model';
import type { ReferralsService } from './referrals.service';

/* Per-request batched look-ups of referrals: by id, and by the notification or review each led to. */

export function referralLoader(ctx: RequestContext, service: ReferralsService) {
  return ctx.loaders.get<string, Referral | null>('referral.byId', async (ids) => byKey(ids, await service.findByIds(ids), (r) => r.id));
}

export function referralsByLinkLoader(ctx: RequestContext, service: ReferralsService, column: 'notificationId' | 'reviewId') {
  return ctx.loaders.get<string, Referral[]>(`referral.by.${column}`, async (ids) =>
    groupByKey(ids, await service.findByLinks(column, ids), (r) => r[column] ?? ''),
  );
}
