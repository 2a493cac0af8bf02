import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireCaller, type RequestContext } from '@sli/shared/api-core';
import { ObaPublicationArgs, PublishObaScorecardArgs } from './oba-publication.args';
import { ObaPublication } from './oba-publication.models';
import { ObaPublicationService } from './oba-publication.service';

@Resolver(() => ObaPublication)
export class ObaPublicationResolver {
  constructor(private readonly publications: ObaPublicationService) {}

  @Query(() => ObaPublication, { nullable: true, description: "The partnership's latest published scorecard, live or withdrawn; null when it never published one." })
  obaPublication(@Args() args: ObaPublicationArgs): Promise<ObaPublication | null> {
    return this.publications.latest(args.partnershipId);
  }

  @Mutation(() => ObaPublication, {
    description:
      "Publishes the partnership's scorecard for its website as of a date: a frozen copy of the grid in the scorecard's own words, " +
      'shown by an embeddable page and as JSON. It replaces the live copy; the address stays the same.',
  })
  publishObaScorecard(@Args() args: PublishObaScorecardArgs, @Context() ctx: RequestContext): Promise<ObaPublication> {
    return this.publications.publish(ctx, requireCaller(ctx), args.partnershipId, args.asOf, args.headlineOnly);
  }

  @Mutation(() => ObaPublication, { description: 'Takes the published scorecard off the website: its page and data answer "not found" until it is published again.' })
  withdrawObaScorecard(@Args() args: ObaPublicationArgs): Promise<ObaPublication> {
    return this.publications.withdraw(args.partnershipId);
  }
}
