import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AssuranceToolEditingResolver } from './assurance-tool-editing.resolver';
import { AssuranceToolEditingService } from './assurance-tool-editing.service';
import { AssuranceToolEntity, AuditDomainEntity, ToolLevelEntity, ToolStandardEntity } from './assurance-tool.entity';
import { AssuranceToolsResolver } from './assurance-tools.resolver';
import { AssuranceToolsService } from './assurance-tools.service';
import { AuditCaseDomainGradeEntity, AuditCaseEntity } from './audit-case.entity';
import { AuditCasesResolver } from './audit-cases.resolver';
import { AuditCasesService } from './audit-cases.service';
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
    ]),
    PartnershipsModule,
  ],
  providers: [
    AuditsService,
    AuditCasesService,
    Section11AssessmentsService,
    AssuranceToolsService,
    AssuranceToolsResolver,
    AssuranceToolEditingService,
    AssuranceToolEditingResolver,
    AuditsResolver,
    AuditCasesResolver,
    Section11AssessmentsResolver,
  ],
  exports: [AuditsService, AuditCasesService, Section11AssessmentsService, AssuranceToolsService],
})
export class AuditsModule {}
