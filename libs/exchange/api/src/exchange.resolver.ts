import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JSONScalar, requireCaller, type RequestContext } from '@sli/shared/api-core';
import { GuardedExchange } from './guarded-exchange.service';
import { ImportResult } from './models/import-result.model';

@Resolver()
export class ExchangeResolver {
  constructor(private readonly exchange: GuardedExchange) {}

  @Mutation(() => ImportResult, {
    description:
      'Imports a data bundle (docs/bundle-format.md) all or nothing: records are matched by partnership and ref, ' +
      'so importing the same bundle again changes nothing. Every problem is reported in extensions.fields with its path, ' +
      'e.g. reviews[3].agencies[1]. Admins import into their own partnerships; only a system admin can create partnerships. ' +
      'Bundles over the request size limit go to POST /api/import.',
  })
  importBundle(@Args('bundle', { type: () => JSONScalar }) bundle: unknown, @Context() ctx: RequestContext): Promise<ImportResult> {
    return this.exchange.importAs(requireCaller(ctx), bundle);
  }

  @Query(() => JSONScalar, { description: 'The data bundle of the named partnerships (by ref), or of all of yours.' })
  exportBundle(@Args('partnershipRefs', { type: () => [String], nullable: true }) partnershipRefs?: string[] | null): Promise<unknown> {
    return this.exchange.exportAs(partnershipRefs);
  }
}
