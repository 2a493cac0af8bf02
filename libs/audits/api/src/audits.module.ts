import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@sli/partnerships-api';
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
    TypeOrmModule.forFeature([AuditEntity, AuditCaseEntity, AuditCaseDomainGradeEntity, Section11AssessmentEntity]),
    PartnershipsModule,
  ],
  providers: [
    AuditsService,
    AuditCasesService,
    Section11AssessmentsService,
    AuditsResolver,
    AuditCasesResolver,
    Section11AssessmentsResolver,
  ],
  exports: [AuditsService, AuditCasesService, Section11AssessmentsService],
})
export class AuditsModule {}
