export { GroupsPage } from './groups-page';
export { GroupPage } from './group-page';
export { MeetingPage } from './meeting-page';
export { GroupFormPage } from './forms/group-form';
export { MemberFormPage } from './forms/member-form';
export { MeetingFormPage } from './forms/meeting-form';
