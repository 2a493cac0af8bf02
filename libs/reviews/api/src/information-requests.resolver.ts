import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { assertMayChangeOwned, InputError, NotFoundError, PageArgs, type RequestContext } from '@sli/shared/api-core';
import {
  CreateInformationRequestInput,
  InformationRequestFilterArgs,
  UpdateInformationRequestInput,
} from './dto/information-request.input';
import { InformationRequestsService } from './information-requests.service';
import { InformationRequest, InformationRequestConnection } from './models/information-request.model';
import { Review } from './models/review.model';
import { informationRequestLoader, reviewLoader } from './reviews.loader';
import { ReviewsService } from './reviews.service';

@Resolver(() => InformationRequest)
export class InformationRequestsResolver {
  constructor(
    private readonly service: InformationRequestsService,
    private readonly reviews: ReviewsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => InformationRequestConnection, {
    description: 'Information requests to agencies, soonest due first, filtered by partnership, review, agency or outstanding.',
  })
  informationRequests(
    @Args() args: InformationRequestFilterArgs,
    @Args() page: PageArgs,
  ): Promise<InformationRequestConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => InformationRequest, { nullable: true })
  informationRequest(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<InformationRequest | null> {
    return informationRequestLoader(ctx, this.service).load(id);
  }

  @Mutation(() => InformationRequest)
  createInformationRequest(@Args('input') input: CreateInformationRequestInput): Promise<InformationRequest> {
    return this.service.create(input);
  }

  @Mutation(() => InformationRequest)
  async updateInformationRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInformationRequestInput,
    @Context() ctx: RequestContext,
  ): Promise<InformationRequest> {
    if (ctx.caller?.role === 'agency-lead') {
      // An agency lead answers its own agency's requests: it records the return, nothing else.
      const [existing] = await this.service.findByIds([id]);
      if (!existing) throw new NotFoundError('InformationRequest', id);
      assertMayChangeOwned(ctx.caller, existing, 'information request');
      const others = Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'returnedOn').map(([key]) => key);
      if (others.length > 0) throw new InputError(others.map((field) => ({ field, message: 'is set by the business unit: an agency lead records only returnedOn' })));
    }
    return this.service.update(id, input);
  }

  @ResolveField(() => Review)
  async review(@Parent() request: InformationRequest, @Context() ctx: RequestContext): Promise<Review> {
    const found = await reviewLoader(ctx, this.reviews).load(request.reviewId);
    if (!found) throw new Error(`Review ${request.reviewId} of information request ${request.id} is missing`);
    return found;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() request: InformationRequest, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(request.agencyId);
    if (!found) throw new Error(`Agency ${request.agencyId} of information request ${request.id} is missing`);
    return found;
  }
}
