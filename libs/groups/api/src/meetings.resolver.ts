import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, actionLoader, ActionsService } from '@sli/actions-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertMayRecordForGroup, DateScalar, ForbiddenError, mayRecordForGroup, type RequestContext } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { CommitteePackService } from './committee-pack.service';
import { CreateMeetingInput, RecordMeetingDecisionInput, UpdateMeetingInput } from './dto/group.input';
import { decisionsLoader, groupLoader, meetingLoader } from './groups.loader';
import { GroupsService } from './groups.service';
import { MeetingsService } from './meetings.service';
import { CommitteePack, SendPackResult } from './models/committee-pack.model';
import { Group, Meeting, MeetingDecision } from './models/group.model';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly groups: GroupsService,
    private readonly packs: CommitteePackService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => Meeting, { nullable: true })
  meeting(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Meeting | null> {
    return meetingLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Meeting, { description: 'Plans a meeting of a group, or records one held.' })
  createMeeting(@Args('input') input: CreateMeetingInput): Promise<Meeting> {
    return this.service.create(input);
  }

  @Mutation(() => Meeting, {
    description: "Moves a meeting, records it held, or records its minutes. A current member of the group may record it held and its minutes; only the business unit moves it.",
  })
  async updateMeeting(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMeetingInput, @Context() ctx: RequestContext): Promise<Meeting> {
    if (ctx.caller?.role !== 'admin') {
      const meeting = await this.service.get(id);
      if (input.meetsOn !== undefined) throw new ForbiddenError("Only the business unit may move a meeting; the group's members record that it was held and its minutes");
      await assertMayRecordForGroup(this.dataSource, ctx.caller, meeting.groupId, 'record the minutes of its meetings');
    }
    return this.service.update(id, input);
  }

  @Mutation(() => Meeting, { description: 'Deletes a meeting with its decisions. Returns it as it was; the change history keeps it.' })
  deleteMeeting(@Args('id', { type: () => ID }) id: string): Promise<Meeting> {
    return this.service.remove(id);
  }

  @Mutation(() => MeetingDecision, { description: 'Records a decision at a meeting, optionally about one of the actions the group monitors.' })
  async recordMeetingDecision(@Args('input') input: RecordMeetingDecisionInput, @Context() ctx: RequestContext): Promise<MeetingDecision> {
    const [meeting] = await this.service.findByIds([input.meetingId]);
    // A meeting that does not exist is the service's input error; one that does is for its group's members.
    if (meeting) await assertMayRecordForGroup(this.dataSource, ctx.caller, meeting.groupId, 'record decisions at its meetings');
    return this.service.recordDecision(input);
  }

  @Mutation(() => MeetingDecision, { description: 'Deletes a decision recorded in error. Returns it as it was.' })
  async deleteMeetingDecision(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<MeetingDecision> {
    const [decision] = await this.service.findDecisionsByIds([id]);
    const [meeting] = decision ? await this.service.findByIds([decision.meetingId]) : [];
    if (meeting) await assertMayRecordForGroup(this.dataSource, ctx.caller, meeting.groupId, 'delete decisions recorded at its meetings');
    return this.service.removeDecision(id);
  }

  @Mutation(() => SendPackResult, {
    description: "Sends the meeting's committee pack by email to each member with an account serving on the pack's day, through the outbox: once per member and meeting, however often it is asked.",
  })
  sendCommitteePack(@Args('meetingId', { type: () => ID }) meetingId: string): Promise<SendPackResult> {
    return this.packs.sendPack(meetingId);
  }

  @ResolveField(() => Group)
  async group(@Parent() m: Meeting, @Context() ctx: RequestContext): Promise<Group> {
    const found = await groupLoader(ctx, this.groups).load(m.groupId);
    if (!found) throw new Error(`Group ${m.groupId} of meeting ${m.id} is missing`);
    return found;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may record decisions, minutes and sign-offs at this meeting: the business unit, or a current member of the group.',
  })
  async mayRecord(@Parent() m: Meeting, @Context() ctx: RequestContext): Promise<boolean> {
    return (await mayRecordForGroup(this.dataSource, ctx.caller, m.groupId)).allowed;
  }

  @ResolveField(() => [MeetingDecision], { description: 'In the order recorded.' })
  decisions(@Parent() m: Meeting, @Context() ctx: RequestContext): Promise<MeetingDecision[]> {
    return decisionsLoader(ctx, this.service).load(m.id);
  }

  @ResolveField(() => CommitteePack, { description: "The committee pack: as of the meeting's day (today for one still to come), or an earlier day given." })
  pack(@Parent() m: Meeting, @Args('asOf', { type: () => DateScalar, nullable: true }) asOf?: string | null): Promise<CommitteePack> {
    return this.packs.pack(m.id, asOf ?? null);
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionsResolver {
  constructor(private readonly actions: ActionsService) {}

  @ResolveField(() => Action, { nullable: true })
  action(@Parent() d: MeetingDecision, @Context() ctx: RequestContext): Promise<Action | null> {
    return d.actionId ? actionLoader(ctx, this.actions).load(d.actionId) : Promise.resolve(null);
  }
}

/** An action's group and the meeting of its sign-off, resolved here so actions never import groups. */
@Resolver(() => Action)
export class ActionGroupResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly meetings: MeetingsService,
  ) {}

  @ResolveField(() => Group, { nullable: true, description: 'The group that monitors it.' })
  group(@Parent() a: Action, @Context() ctx: RequestContext): Promise<Group | null> {
    return a.groupId ? groupLoader(ctx, this.groups).load(a.groupId) : Promise.resolve(null);
  }

  @ResolveField(() => Meeting, { nullable: true, description: 'The meeting at which it was signed off, if recorded.' })
  signedOffMeeting(@Parent() a: Action, @Context() ctx: RequestContext): Promise<Meeting | null> {
    return a.signedOffMeetingId ? meetingLoader(ctx, this.meetings).load(a.signedOffMeetingId) : Promise.resolve(null);
  }
}
