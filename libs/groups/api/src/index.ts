export { GroupsModule } from './groups.module';
export { GroupsService } from './groups.service';
export { MeetingsService } from './meetings.service';
export { CommitteePackService } from './committee-pack.service';
export { packSections } from './pack-mail';
export { Group, GroupMember, Meeting, MeetingDecision } from './models/group.model';
export { CommitteePack, PackAction, PackStatusChange } from './models/committee-pack.model';
export { GroupKind, MemberRole, MeetingStatus } from './group.enums';
