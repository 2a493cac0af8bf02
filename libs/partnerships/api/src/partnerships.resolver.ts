import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKey, PageArgs, type RequestContext } from '@sli/shared/api-core';
import { CreateAgencyInput, AgencyFilterArgs, UpdateAgencyInput } from './dto/agency.input';
import { CreatePartnershipInput, UpdatePartnershipInput } from './dto/partnership.input';
import { Agency, AgencyConnection } from './models/agency.model';
import { Partnership, PartnershipConnection } from './models/partnership.model';
import { PartnershipsService } from './partnerships.service';

@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(private readonly service: PartnershipsService) {}

  @Query(() => PartnershipConnection, { description: 'Partnerships, by name.' })
  partnerships(@Args() page: PageArgs): Promise<PartnershipConnection> {
    return this.service.listPartnerships(page);
  }

  @Query(() => Partnership, { nullable: true })
  async partnership(@Args('id', { type: () => ID }) id: string): Promise<Partnership | null> {
    return (await this.service.findPartnershipsByIds([id]))[0] ?? null;
  }

  @Mutation(() => Partnership)
  createPartnership(@Args('input') input: CreatePartnershipInput): Promise<Partnership> {
    return this.service.createPartnership(input);
  }

  @Mutation(() => Partnership)
  updatePartnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePartnershipInput,
  ): Promise<Partnership> {
    return this.service.updatePartnership(id, input);
  }

  @ResolveField(() => AgencyConnection)
  agencies(@Parent() partnership: Partnership, @Args() page: PageArgs): Promise<AgencyConnection> {
    return this.service.listAgencies({ partnershipId: partnership.id }, page);
  }
}

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(private readonly service: PartnershipsService) {}

  @Query(() => AgencyConnection, { description: 'Agencies, by name, filtered by partnership, sector or name.' })
  agencies(@Args() args: AgencyFilterArgs, @Args() page: PageArgs): Promise<AgencyConnection> {
    return this.service.listAgencies(args.filter ?? {}, page);
  }

  @Query(() => Agency, { nullable: true })
  async agency(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Agency | null> {
    return agencyLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Agency)
  createAgency(@Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.service.createAgency(input);
  }

  @Mutation(() => Agency)
  updateAgency(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAgencyInput): Promise<Agency> {
    return this.service.updateAgency(id, input);
  }

  @Mutation(() => Agency, {
    description: 'Deletes an agency no record names (actions, reviews, audits, requests, assessments, bookings, measures, strategies, users). Returns it as it was; the change history keeps it.',
  })
  deleteAgency(@Args('id', { type: () => ID }) id: string): Promise<Agency> {
    return this.service.removeAgency(id);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() agency: Agency, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.service).load(agency.partnershipId);
    if (!found) throw new Error(`Partnership ${agency.partnershipId} of agency ${agency.id} is missing`);
    return found;
  }
}

/** Batched look-ups other domains use to resolve `agency` and `partnership` fields without N+1. */
export function agencyLoader(ctx: RequestContext, service: PartnershipsService) {
  return ctx.loaders.get<string, Agency | null>('agency.byId', async (ids) =>
    byKey(ids, await service.findAgenciesByIds(ids), (a) => a.id),
  );
}

export function partnershipLoader(ctx: RequestContext, service: PartnershipsService) {
  return ctx.loaders.get<string, Partnership | null>('partnership.byId', async (ids) =>
    byKey(ids, await service.findPartnershipsByIds(ids), (p) => p.id),
  );
}
