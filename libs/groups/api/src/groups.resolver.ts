import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Action, actionsByParentLoader, ActionsService } from '@sli/actions-api';
import { chairOn, upcomingMeetingOn } from '@sli/groups-domain';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { DateScalar, mayRecordForGroup, type RequestContext } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { DataSource } from 'typeorm';
import { AddGroupMemberInput, CreateGroupInput, UpdateGroupInput, UpdateGroupMemberInput } from './dto/group.input';
import { actionCountLoader, groupLoader, meetingsLoader, membersLoader, userAgencyLoader, userNameLoader } from './groups.loader';
import { GroupsService } from './groups.service';
import { MeetingsService } from './meetings.service';
import { Group, GroupMember, Meeting } from './models/group.model';

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly meetingsService: MeetingsService,
    private readonly actionsService: ActionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [Group], {
    description: 'The groups of these partnerships (all of yours when left out): by partnership, the board first, then the executive, subgroups and forums, each by name.',
  })
  groups(@Args('partnershipIds', { type: () => [ID], nullable: true }) partnershipIds?: string[] | null): Promise<Group[]> {
    return this.service.list(partnershipIds ?? null);
  }

  @Query(() => Group, { nullable: true })
  group(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Group | null> {
    return groupLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Group)
  createGroup(@Args('input') input: CreateGroupInput): Promise<Group> {
    return this.service.create(input);
  }

  @Mutation(() => Group, { description: "Changes a group; a new name is also its actions' monitoring committee." })
  updateGroup(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateGroupInput): Promise<Group> {
    return this.service.update(id, input);
  }

  @Mutation(() => Group, { description: 'Deletes a group with its members and meetings; refused while it monitors actions. Returns it as it was.' })
  deleteGroup(@Args('id', { type: () => ID }) id: string): Promise<Group> {
    return this.service.remove(id);
  }

  @ResolveField(() => [GroupMember], { description: 'Every term, past and current: chairs first, then vice-chairs and members, latest first.' })
  members(@Parent() g: Group, @Context() ctx: RequestContext): Promise<GroupMember[]> {
    return membersLoader(ctx, this.service).load(g.id);
  }

  @ResolveField(() => GroupMember, { nullable: true, description: 'The chair on a day (today if not given).' })
  async chair(
    @Parent() g: Group,
    @Context() ctx: RequestContext,
    @Args('on', { type: () => DateScalar, nullable: true }) on?: string | null,
  ): Promise<GroupMember | null> {
    return chairOn(await membersLoader(ctx, this.service).load(g.id), on ?? todayInEngland());
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may record decisions, minutes and sign-offs at its meetings: the business unit, or a current member of the group.',
  })
  async mayRecord(@Parent() g: Group, @Context() ctx: RequestContext): Promise<boolean> {
    return (await mayRecordForGroup(this.dataSource, ctx.caller, g.id)).allowed;
  }

  @ResolveField(() => [Meeting], { description: 'Its meetings, most recent first.' })
  meetings(@Parent() g: Group, @Context() ctx: RequestContext): Promise<Meeting[]> {
    return meetingsLoader(ctx, this.meetingsService).load(g.id);
  }

  @ResolveField(() => DateScalar, { nullable: true, description: "The next meeting from today: the next one recorded, else the last one's day stepped on by the cadence." })
  async nextMeetingOn(@Parent() g: Group, @Context() ctx: RequestContext): Promise<string | null> {
    const days = (await meetingsLoader(ctx, this.meetingsService).load(g.id)).map((m) => m.meetsOn);
    return upcomingMeetingOn(days, todayInEngland(), g.cadenceWeeks);
  }

  @ResolveField(() => [Action], { description: 'The actions it monitors, by due date.' })
  actions(@Parent() g: Group, @Context() ctx: RequestContext): Promise<Action[]> {
    return actionsByParentLoader(ctx, this.actionsService, 'groupId').load(g.id);
  }

  @ResolveField(() => Int, { description: 'How many actions it monitors.' })
  actionCount(@Parent() g: Group, @Context() ctx: RequestContext): Promise<number> {
    return actionCountLoader(ctx, this.dataSource).load(g.id);
  }
}

@Resolver(() => GroupMember)
export class GroupMembersResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly partnerships: PartnershipsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Mutation(() => GroupMember, { description: 'Adds a term to a group: a user of the partnership, or a name and agency, in a role from a day.' })
  addGroupMember(@Args('input') input: AddGroupMemberInput): Promise<GroupMember> {
    return this.service.addMember(input);
  }

  @Mutation(() => GroupMember, { description: 'Corrects a term, or ends it (toOn). A new chair is a new term: the old one stays as history.' })
  updateGroupMember(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateGroupMemberInput): Promise<GroupMember> {
    return this.service.updateMember(id, input);
  }

  @Mutation(() => GroupMember, { description: 'Removes a term recorded in error. Returns it as it was; the change history keeps it.' })
  removeGroupMember(@Args('id', { type: () => ID }) id: string): Promise<GroupMember> {
    return this.service.removeMember(id);
  }

  @ResolveField(() => String, { description: "The user's name, or the name given for someone without an account." })
  async displayName(@Parent() m: GroupMember, @Context() ctx: RequestContext): Promise<string> {
    return m.userId ? ((await userNameLoader(ctx, this.db).load(m.userId)) ?? 'A former user') : (m.name ?? '');
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency given for someone without an account; for a user, the agency they act for, if any.' })
  async agency(@Parent() m: GroupMember, @Context() ctx: RequestContext): Promise<Agency | null> {
    const agencyId = m.agencyId ?? (m.userId ? await userAgencyLoader(ctx, this.db).load(`${m.userId}:${m.partnershipId}`) : null);
    return agencyId ? agencyLoader(ctx, this.partnerships).load(agencyId) : null;
  }
}
