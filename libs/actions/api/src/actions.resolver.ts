import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Audit, auditLoader, AuditsService } from '@sli/audits-api';
import { Recommendation, recommendationLoader, RecommendationsService } from '@sli/learning-api';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { Review, reviewLoader, ReviewsService } from '@sli/reviews-api';
import { assertMayChangeOwned, assertMayRecordForGroup, DateScalar, ForbiddenError, PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { DataSource } from 'typeorm';
import { Brag } from './action.enums';
import { actionLoader, actionsByParentLoader, actionUpdatesLoader } from './actions.loader';
import { ACTION_THEMES, ActionsService } from './actions.service';
import { brag, daysOverdue } from './brag';
import { ActionFilterArgs, ChangeActionStatusInput, CreateActionInput, UpdateActionInput } from './dto/action.input';
import { ActionUpdate } from './models/action-update.model';
import { Action, ActionConnection } from './models/action.model';

@Resolver(() => Action)
export class ActionsResolver {
  constructor(
    private readonly service: ActionsService,
    private readonly partnerships: PartnershipsService,
    private readonly reviews: ReviewsService,
    private readonly audits: AuditsService,
    private readonly recommendations: RecommendationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => ActionConnection, { description: 'Actions by due date, soonest first; filter by partnership, status, owner, source, theme, due dates or overdue.' })
  actions(@Args() args: ActionFilterArgs, @Args() page: PageArgs): Promise<ActionConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Action, { nullable: true })
  action(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Action | null> {
    return actionLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Action, { description: 'Creates an action and records its first update, by the request actor.' })
  createAction(@Args('input') input: CreateActionInput, @Context() ctx: RequestContext): Promise<Action> {
    return this.service.create(input, ctx.actor);
  }

  @Mutation(() => Action, { description: 'Changes anything but the status (changeActionStatus) and sign-off (signOffAction).' })
  updateAction(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateActionInput): Promise<Action> {
    return this.service.update(id, input);
  }

  @Mutation(() => Action, {
    description: 'Moves an action to another status and records the update (who, when, from, to, note). Reopening clears the completion date and sign-off.',
  })
  async changeActionStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangeActionStatusInput,
    @Context() ctx: RequestContext,
  ): Promise<Action> {
    if (ctx.caller?.role === 'agency-lead') {
      const existing = await this.service.get(id);
      assertMayChangeOwned(ctx.caller, { partnershipId: existing.partnershipId, agencyId: existing.ownerAgencyId }, 'action');
    }
    return this.service.changeStatus(id, input, ctx.actor);
  }

  @Mutation(() => Action, {
    description: 'Deletes an action with its update history, themes and strategy links. Returns it as it was; the change history keeps it.',
  })
  deleteAction(@Args('id', { type: () => ID }) id: string): Promise<Action> {
    return this.service.remove(id);
  }

  @Mutation(() => Action, {
    description:
      "Records the sign-off of a complete or cancelled action. The business unit and committee members may sign off any action; a current member of the action's group, at one of its meetings.",
  })
  async signOffAction(
    @Args('id', { type: () => ID }) id: string,
    @Args('signedOffBy', { type: () => String }) signedOffBy: string,
    @Args('signedOffOn', { type: () => DateScalar }) signedOffOn: string,
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID, nullable: true, description: "The meeting of the action's group it was signed off at (held that day)." })
    meetingId?: string | null,
  ): Promise<Action> {
    const role = ctx.caller?.role;
    if (role !== 'admin' && role !== 'committee-member') {
      // Anyone else signs off as a member of the group that monitors the action, at its meeting.
      const existing = await this.service.get(id);
      if (!existing.groupId || !meetingId) {
        throw new ForbiddenError("Only the business unit or a committee member may sign off an action outside a meeting: as a member of the action's group, name the meeting");
      }
      await assertMayRecordForGroup(this.dataSource, ctx.caller, existing.groupId, 'sign off its actions');
    }
    return this.service.signOff(id, signedOffBy, signedOffOn, meetingId ?? null);
  }

  @ResolveField(() => Brag, { nullable: true, description: 'BRAG as of the date given; null when cancelled.' })
  brag(@Parent() action: Action, @Args('asOf', { type: () => DateScalar }) asOf: string): Brag | null {
    return brag(action, asOf);
  }

  @ResolveField(() => Int, { description: 'Days past the due date as of the date given; 0 unless open and overdue.' })
  daysOverdue(@Parent() action: Action, @Args('asOf', { type: () => DateScalar }) asOf: string): number {
    return daysOverdue(action, asOf);
  }

  @ResolveField(() => [ActionUpdate], { description: 'Every status change, oldest first.' })
  updates(@Parent() action: Action, @Context() ctx: RequestContext): Promise<ActionUpdate[]> {
    return actionUpdatesLoader(ctx, this.service).load(action.id);
  }

  @ResolveField(() => [Theme])
  themes(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.dataSource.manager, ACTION_THEMES).load(action.id);
  }

  @ResolveField(() => Agency)
  async ownerAgency(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(action.ownerAgencyId);
    if (!found) throw new Error(`Owner agency ${action.ownerAgencyId} of action ${action.id} is missing`);
    return found;
  }

  @ResolveField(() => Review, { nullable: true, description: 'The review it comes from, unless it comes from an audit.' })
  review(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Review | null> {
    return action.reviewId ? reviewLoader(ctx, this.reviews).load(action.reviewId) : Promise.resolve(null);
  }

  @ResolveField(() => Audit, { nullable: true, description: 'The audit it comes from, unless it comes from a review.' })
  audit(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Audit | null> {
    return action.auditId ? auditLoader(ctx, this.audits).load(action.auditId) : Promise.resolve(null);
  }

  @ResolveField(() => Audit, { nullable: true, description: "The audit round named to show the action's impact; its cases' grades are the evidence once it is completed." })
  impactAudit(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Audit | null> {
    return action.impactAuditId ? auditLoader(ctx, this.audits).load(action.impactAuditId) : Promise.resolve(null);
  }

  @ResolveField(() => Recommendation, { nullable: true, description: 'The recommendation it answers, if any.' })
  recommendation(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Recommendation | null> {
    return action.recommendationId
      ? recommendationLoader(ctx, this.recommendations).load(action.recommendationId)
      : Promise.resolve(null);
  }
}

// The parents' own `actions` lists live here, so reviews, audits, learning and partnerships never import actions.

@Resolver(() => Review)
export class ReviewActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @ResolveField(() => [Action], { description: 'Actions arising from this review, by due date.' })
  actions(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Action[]> {
    return actionsByParentLoader(ctx, this.service, 'reviewId').load(review.id);
  }
}

@Resolver(() => Audit)
export class AuditActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @ResolveField(() => [Action], { description: 'Actions arising from this audit, by due date.' })
  actions(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Action[]> {
    return actionsByParentLoader(ctx, this.service, 'auditId').load(audit.id);
  }
}

@Resolver(() => Recommendation)
export class RecommendationActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @ResolveField(() => [Action], { description: 'Actions answering this recommendation, by due date.' })
  actions(@Parent() recommendation: Recommendation, @Context() ctx: RequestContext): Promise<Action[]> {
    return actionsByParentLoader(ctx, this.service, 'recommendationId').load(recommendation.id);
  }
}

@Resolver(() => Agency)
export class AgencyActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @ResolveField(() => [Action], { description: 'Actions this agency owns, by due date.' })
  actions(@Parent() agency: Agency, @Context() ctx: RequestContext): Promise<Action[]> {
    return actionsByParentLoader(ctx, this.service, 'ownerAgencyId').load(agency.id);
  }
}
