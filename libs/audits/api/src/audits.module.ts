import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@sli/calendar-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AuditAgencyReturnEntity, AuditReturnCaseEntity } from './audit-agency-return.entity';
import { AuditAgencyReturnsOfAuditResolver, AuditAgencyReturnsResolver } from './audit-agency-returns.resolver';
import { AuditAgencyReturnsService } from './audit-agency-returns.service';
import { AuditReturnSubmissionService } from './audit-return-submission.service';
import { AssuranceToolEditingResolver } from './assurance-tool-editing.resolver';
import { AssuranceToolEditingService } from './assurance-tool-editing.service';
import { AssuranceToolEntity, AuditDomainEntity, ToolLevelEntity, ToolStandardEntity } from './assurance-tool.entity';
import { AssuranceToolsResolver } from './assurance-tools.resolver';
import { AssuranceToolsService } from './assurance-tools.service';
import { AuditCaseDomainGradeEntity, AuditCaseEntity } from './audit-case.entity';
import { AuditCasesResolver } from './audit-cases.resolver';
import { AuditCasesService } from './audit-cases.service';
import { AuditDomainGradesResolver, AuditDomainsResolver } from './audit-domains.resolver';
import { AuditDomainsService } from './audit-domains.service';
import { AuditEntity } from './audit.entity';
import { AuditsResolver } from './audits.resolver';
import { AuditsService } from './audits.service';
import { Section11AssessmentEntity } from './section11-assessment.entity';
import { Section11AssessmentsResolver } from './section11-assessments.resolver';
import { Section11AssessmentsService } from './section11-assessments.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AuditEntity,
      AuditCaseEntity,
      AuditCaseDomainGradeEntity,
      Section11AssessmentEntity,
      AssuranceToolEntity,
      ToolStandardEntity,
      ToolLevelEntity,
      AuditDomainEntity,
      AuditAgencyReturnEntity,
      AuditReturnCaseEntity,
    ]),
    PartnershipsModule,
    CalendarModule,
  ],
  providers: [
    AuditsService,
    AuditCasesService,
    Section11AssessmentsService,
    AssuranceToolsService,
    AssuranceToolsResolver,
    AuditDomainsService,
    AuditDomainsResolver,
    AuditDomainGradesResolver,
    AssuranceToolEditingService,
    AssuranceToolEditingResolver,
    AuditsResolver,
    AuditCasesResolver,
    Section11AssessmentsResolver,
    AuditAgencyReturnsService,
    AuditReturnSubmissionService,
    AuditAgencyReturnsResolver,
    AuditAgencyReturnsOfAuditResolver,
  ],
  exports: [AuditAgencyReturnsService, AuditsService, AuditCasesService, Section11AssessmentsService, AssuranceToolsService, AuditDomainsService],
})
export class AuditsModule {}
