import { Partnerships1730000000000 } from './1730000000000-partnerships';
import { Themes1730000000100 } from './1730000000100-themes';
import { Reviews1730000000200 } from './1730000000200-reviews';
import { Audits1730000000300 } from './1730000000300-audits';
import { Findings1730000000400 } from './1730000000400-findings';
import { Actions1730000000500 } from './1730000000500-actions';
import { Training1730000000600 } from './1730000000600-training';
import { LearningProducts1730000000700 } from './1730000000700-learning-products';
import { Measures1730000000800 } from './1730000000800-measures';
import { Calendar1730000000900 } from './1730000000900-calendar';
import { WorkingDayFunctions1730000001000 } from './1730000001000-working-day-functions';
import { IdentityAndHistory1730000001100 } from './1730000001100-identity-and-history';
import { StatusHistory1730000001200 } from './1730000001200-status-history';
import { AnnualReportNarratives1730000001300 } from './1730000001300-annual-report-narratives';
import { ObaResults1730000001400 } from './1730000001400-oba-results';
import { ScorecardPublications1730000001600 } from './1730000001600-scorecard-publications';
import { FastWorkingDays1730000001700 } from './1730000001700-fast-working-days';
import { SpreadsheetMappings1730000001800 } from './1730000001800-spreadsheet-mappings';
import { RegisterSheetKinds1730000002100 } from './1730000002100-register-sheet-kinds';
import { RecommendationResponses1730000002400 } from './1730000002400-recommendation-responses';
import { TrainingRegisterSheetKind1730000002500 } from './1730000002500-training-register-sheet-kind';
import { Referrals1730000002600 } from './1730000002600-referrals';
import { ReviewProjectManagement1730000002700 } from './1730000002700-review-project-management';
import { Reminders1730000002900 } from './1730000002900-reminders';
import { Groups1730000003000 } from './1730000003000-groups';
import { InformationRequestAnswers1730000003100 } from './1730000003100-information-request-answers';
import { AssuranceTools1730000003200 } from './1730000003200-assurance-tools';
import { ThematicReviews1730000003300 } from './1730000003300-thematic-reviews';
import { ActionImpactSources1730000003400 } from './1730000003400-action-impact-sources';
import { AuditGradesByAgency1730000003500 } from './1730000003500-audit-grades-by-agency';
import { AuditAgencyReturns1730000003600 } from './1730000003600-audit-agency-returns';
import { AssuranceToolVersions1730000003700 } from './1730000003700-assurance-tool-versions';
import { CommitteePackNotices1730000003800 } from './1730000003800-committee-pack-notices';
import { TenantPolicyOncePerStatement1730000003900 } from './1730000003900-tenant-policy-once-per-statement';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Partnerships1730000000000,
  Themes1730000000100,
  Reviews1730000000200,
  Audits1730000000300,
  Findings1730000000400,
  Actions1730000000500,
  Training1730000000600,
  LearningProducts1730000000700,
  Measures1730000000800,
  Calendar1730000000900,
  WorkingDayFunctions1730000001000,
  IdentityAndHistory1730000001100,
  StatusHistory1730000001200,
  AnnualReportNarratives1730000001300,
  ObaResults1730000001400,
  ScorecardPublications1730000001600,
  FastWorkingDays1730000001700,
  SpreadsheetMappings1730000001800,
  RegisterSheetKinds1730000002100,
  RecommendationResponses1730000002400,
  TrainingRegisterSheetKind1730000002500,
  Referrals1730000002600,
  ReviewProjectManagement1730000002700,
  Reminders1730000002900,
  Groups1730000003000,
  InformationRequestAnswers1730000003100,
  AssuranceTools1730000003200,
  ThematicReviews1730000003300,
  ActionImpactSources1730000003400,
  AuditGradesByAgency1730000003500,
  AuditAgencyReturns1730000003600,
  AssuranceToolVersions1730000003700,
  CommitteePackNotices1730000003800,
  TenantPolicyOncePerStatement1730000003900,
];
