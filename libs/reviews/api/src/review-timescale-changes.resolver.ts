import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { completionClock } from '@sli/reviews-domain';
import { DateScalar, type RequestContext } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { CreateReviewTimescaleChangeInput, UpdateReviewTimescaleChangeInput } from './dto/review-timescale-change.input';
import { CompletionClock, ReviewTimescaleChange } from './models/review-timescale-change.model';
import { Review } from './models/review.model';
import { ReviewTimescaleChangesService } from './review-timescale-changes.service';
import { timescaleChangesByReviewLoader } from './reviews.loader';
import { timeliness, Timeliness } from './statutory-dates';

const AS_OF = { type: () => DateScalar, description: 'The date to judge on: a pause or extension recorded after it is not counted.' };
const AS_OF_TODAY = { ...AS_OF, nullable: true, description: 'The date to judge on (default today in England): an open pause counts up to it.' };

@Resolver(() => ReviewTimescaleChange)
export class ReviewTimescaleChangesResolver {
  constructor(private readonly service: ReviewTimescaleChangesService) {}

  @Mutation(() => ReviewTimescaleChange, { description: 'Records a pause of a review (the six-month clock stops) or an agreed extension of its due date.' })
  createReviewTimescaleChange(@Args('input') input: CreateReviewTimescaleChangeInput): Promise<ReviewTimescaleChange> {
    return this.service.create(input);
  }

  @Mutation(() => ReviewTimescaleChange, { description: 'Corrects a pause or an extension, or ends a pause (endsOn: the day the review restarted).' })
  updateReviewTimescaleChange(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateReviewTimescaleChangeInput,
  ): Promise<ReviewTimescaleChange> {
    return this.service.update(id, input);
  }

  @Mutation(() => ReviewTimescaleChange, { description: 'Deletes a pause or an extension recorded in error. Returns it as it was; the change history keeps it.' })
  deleteReviewTimescaleChange(@Args('id', { type: () => ID }) id: string): Promise<ReviewTimescaleChange> {
    return this.service.remove(id);
  }
}

/** A review's pauses and extensions, and its six-month clock with them (rules in @sli/reviews-domain). */
@Resolver(() => Review)
export class ReviewCompletionClockResolver {
  constructor(private readonly service: ReviewTimescaleChangesService) {}

  @ResolveField(() => [ReviewTimescaleChange], { description: 'Pauses and agreed extensions, in the order they started.' })
  timescaleChanges(@Parent() review: Review, @Context() ctx: RequestContext): Promise<ReviewTimescaleChange[]> {
    return timescaleChangesByReviewLoader(ctx, this.service).load(review.id);
  }

  @ResolveField(() => CompletionClock, { nullable: true, description: 'LCSPR, SAR, DHR and PLR: the six-month clock as of a date; null for other types.' })
  async completionClock(@Parent() review: Review, @Args('asOf', AS_OF) asOf: string, @Context() ctx: RequestContext): Promise<CompletionClock | null> {
    return completionClock(review, await this.timescaleChanges(review, ctx), asOf);
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description:
      'LCSPR, SAR, DHR and PLR: the expected completion as of a date (default today): 6 calendar months after initiation, moved on by pauses or set by an agreed extension (completionClock.originalDueOn keeps the original); null for other types.',
  })
  async completionDueOn(@Parent() review: Review, @Args('asOf', AS_OF_TODAY) asOf: string | null, @Context() ctx: RequestContext): Promise<string | null> {
    return (await this.completionClock(review, asOf ?? todayInEngland(), ctx))?.dueOn ?? null;
  }

  @ResolveField(() => Timeliness, {
    nullable: true,
    description: 'LCSPR, SAR, DHR and PLR: completed by the due date as of the date asked about (pauses and agreed extensions counted), or not.',
  })
  async completionTimeliness(@Parent() review: Review, @Args('asOf', AS_OF) asOf: string, @Context() ctx: RequestContext): Promise<Timeliness | null> {
    const due = await this.completionDueOn(review, asOf, ctx);
    return due === null ? null : timeliness(due, review.completedOn, asOf);
  }
}
