import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { informationRequestStatus } from '@sli/reviews-domain';
import { assertMayChangeOwned, DateScalar, NotFoundError, PageArgs, requireCaller, type Page, type RequestContext } from '@sli/shared/api-core';
import { InformationRequestAnswerInput } from './dto/information-request-answer.input';
import { InformationRequestStatus } from './information-request-answer.enums';
import { answerByRequestLoader, chronologyByRequestLoader, remindedOnLoader } from './information-request-answers.loader';
import { InformationRequestAnswersService } from './information-request-answers.service';
import { InformationRequestsService } from './information-requests.service';
import { ChronologyEntry, ChronologyEntryConnection, InformationRequestAnswer } from './models/information-request-answer.model';
import { InformationRequest } from './models/information-request.model';
import { informationRequestLoader } from './reviews.loader';

/** Agencies answer their information requests (issue 13): the answer, its chronology, the request's status and the review's merged chronology. */
@Resolver(() => InformationRequest)
export class InformationRequestAnswersResolver {
  constructor(
    private readonly answers: InformationRequestAnswersService,
    private readonly requests: InformationRequestsService,
  ) {}

  @Mutation(() => InformationRequest, {
    description:
      "Saves an agency's answer to a request as it stands (its fields and every chronology row, in one transaction). submit: true submits it, " +
      "which returns the request on that day; a submitted answer stays submitted. Agency leads answer only their own agency's requests.",
  })
  async saveInformationRequestAnswer(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('input') input: InformationRequestAnswerInput,
    @Args('submit', { type: () => Boolean, defaultValue: false }) submit: boolean,
    @Context() ctx: RequestContext,
  ): Promise<InformationRequest> {
    const caller = requireCaller(ctx);
    const [request] = await this.requests.findByIds([requestId]);
    if (!request) throw new NotFoundError('InformationRequest', requestId);
    assertMayChangeOwned(caller, request, 'information request');
    return this.answers.save(requestId, input, submit, caller.email);
  }

  @Query(() => ChronologyEntryConnection, {
    description: "A review's merged chronology: every agency's submitted chronology rows, by date of event. Drafts are not shown.",
  })
  reviewChronology(@Args('reviewId', { type: () => ID }) reviewId: string, @Args() page: PageArgs): Promise<Page<ChronologyEntry>> {
    return this.answers.reviewChronology(reviewId, page);
  }

  @ResolveField(() => InformationRequestAnswer, {
    nullable: true,
    description: "The agency's answer: a draft only for the business unit and the agency's own leads; null when there is none (or a draft you may not see).",
  })
  async answer(@Parent() request: InformationRequest, @Context() ctx: RequestContext): Promise<InformationRequestAnswer | null> {
    const found = await answerByRequestLoader(ctx, this.answers).load(request.id);
    if (!found || found.submittedOn) return found;
    const caller = ctx.caller;
    const mayDraft = caller?.role === 'admin' || (caller?.role === 'agency-lead' && caller.agencyIds.includes(request.agencyId));
    return mayDraft ? found : null;
  }

  @ResolveField(() => DateScalar, { nullable: true, description: 'The latest day a reminder went out: recorded on the request, or a reminder notice to the agency.' })
  lastRemindedOn(@Parent() request: InformationRequest, @Context() ctx: RequestContext): Promise<string | null> {
    return remindedOnLoader(ctx, this.answers).load(request.id);
  }

  @ResolveField(() => InformationRequestStatus, { description: 'Sent, reminded, returned or overdue as of the date given.' })
  async status(
    @Parent() request: InformationRequest,
    @Args('asOf', { type: () => DateScalar }) asOf: string,
    @Context() ctx: RequestContext,
  ): Promise<InformationRequestStatus> {
    const remindedOn = await remindedOnLoader(ctx, this.answers).load(request.id);
    return informationRequestStatus({ dueOn: request.dueOn, returnedOn: request.returnedOn, remindedOn }, asOf) as InformationRequestStatus;
  }
}

@Resolver(() => InformationRequestAnswer)
export class InformationRequestAnswerChronologyResolver {
  constructor(private readonly answers: InformationRequestAnswersService) {}

  @ResolveField(() => [ChronologyEntry], { description: 'Its chronology rows, in their order.' })
  chronology(@Parent() answer: InformationRequestAnswer, @Context() ctx: RequestContext): Promise<ChronologyEntry[]> {
    return chronologyByRequestLoader(ctx, this.answers).load(answer.informationRequestId);
  }
}

@Resolver(() => ChronologyEntry)
export class ChronologyEntryResolver {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly requests: InformationRequestsService,
  ) {}

  @ResolveField(() => Agency)
  async agency(@Parent() entry: ChronologyEntry, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(entry.agencyId);
    if (!found) throw new Error(`Agency ${entry.agencyId} of chronology entry ${entry.id} is missing`);
    return found;
  }

  @ResolveField(() => InformationRequest, { description: 'The request whose answer holds the row (its agency is the agency that gave it).' })
  async informationRequest(@Parent() entry: ChronologyEntry, @Context() ctx: RequestContext): Promise<InformationRequest> {
    const found = await informationRequestLoader(ctx, this.requests).load(entry.informationRequestId);
    if (!found) throw new Error(`Information request ${entry.informationRequestId} of chronology entry ${entry.id} is missing`);
    return found;
  }
}
