import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from '@sli/actions-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { CommitteePackService } from './committee-pack.service';
import { GroupMemberEntity } from './group-member.entity';
import { GroupEntity } from './group.entity';
import { GroupMembersResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { MeetingDecisionEntity, MeetingEntity } from './meeting.entity';
import { ActionGroupResolver, MeetingDecisionsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

/** Groups and meetings (issue 10) and the committee pack (issue 13). */
@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, GroupMemberEntity, MeetingEntity, MeetingDecisionEntity]), ActionsModule, PartnershipsModule],
  providers: [GroupsService, MeetingsService, CommitteePackService, GroupsResolver, GroupMembersResolver, MeetingsResolver, MeetingDecisionsResolver, ActionGroupResolver],
  exports: [GroupsService, MeetingsService, CommitteePackService],
})
export class GroupsModule {}
