import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import { AssuranceToolsService } from './assurance-tools.service';
import { assuranceToolLoader } from './assurance-tools.loaders';
import { AssuranceTool } from './models/assurance-tool.model';
import { auditAgenciesLoader, auditCasesLoader, auditLoader, auditSection11Loader } from './audit.loaders';
import { AuditCasesService } from './audit-cases.service';
import { AUDIT_THEMES, AuditsService } from './audits.service';
import { AuditFilterArgs, AuditSortArgs, CreateAuditInput, UpdateAuditInput } from './dto/audit.input';
import { AuditCase } from './models/audit-case.model';
import { Audit, AuditConnection } from './models/audit.model';
import { Section11Assessment } from './models/section11-assessment.model';
import { Section11AssessmentsService } from './section11-assessments.service';

@Resolver(() => Audit)
export class AuditsResolver {
  constructor(
    private readonly service: AuditsService,
    private readonly auditCases: AuditCasesService,
    private readonly assessments: Section11AssessmentsService,
    private readonly partnerships: PartnershipsService,
    private readonly tools: AssuranceToolsService,
  ) {}

  @Query(() => AuditConnection, {
    description: 'Audits, latest start first unless sorted otherwise (ties by id), by partnership, type, start date, agency, theme or round.',
  })
  audits(@Args() args: AuditFilterArgs, @Args() page: PageArgs, @Args() sort: AuditSortArgs): Promise<AuditConnection> {
    return this.service.listAudits(args.filter ?? {}, page, sort);
  }

  @Query(() => Audit, { nullable: true })
  audit(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Audit | null> {
    return auditLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Audit)
  createAudit(@Args('input') input: CreateAuditInput): Promise<Audit> {
    return this.service.createAudit(input);
  }

  @Mutation(() => Audit)
  updateAudit(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAuditInput): Promise<Audit> {
    return this.service.updateAudit(id, input);
  }

  @Mutation(() => Audit, {
    description:
      'Deletes an audit with its agencies and themes; refused while graded cases, section 11 assessments, findings, recommendations or actions depend on it. Returns it as it was; the change history keeps it.',
  })
  deleteAudit(@Args('id', { type: () => ID }) id: string): Promise<Audit> {
    return this.service.removeAudit(id);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(audit.partnershipId);
    if (!found) throw new Error(`Partnership ${audit.partnershipId} of audit ${audit.id} is missing`);
    return found;
  }

  @ResolveField(() => AssuranceTool, { nullable: true, description: 'The assurance tool version the audit uses, if any.' })
  tool(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<AssuranceTool | null> | null {
    return audit.toolId ? assuranceToolLoader(ctx, this.tools).load(audit.toolId) : null;
  }

  @ResolveField(() => Agency, { nullable: true })
  leadAgency(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Agency | null> | null {
    return audit.leadAgencyId ? agencyLoader(ctx, this.partnerships).load(audit.leadAgencyId) : null;
  }

  @ResolveField(() => [Agency], { description: 'Agencies taking part, by name.' })
  agencies(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Agency[]> {
    return auditAgenciesLoader(ctx, this.service).load(audit.id);
  }

  @ResolveField(() => [Theme], { description: 'Themes of the audit, by name.' })
  themes(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.service.manager, AUDIT_THEMES).load(audit.id);
  }

  @ResolveField(() => [AuditCase], { description: 'Graded cases, by reference. Empty for a section 11 audit.' })
  cases(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<AuditCase[]> {
    return auditCasesLoader(ctx, this.auditCases).load(audit.id);
  }

  @ResolveField(() => [Section11Assessment], { description: 'Agency self-assessments, by standard. Empty unless a section 11 audit.' })
  section11Assessments(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<Section11Assessment[]> {
    return auditSection11Loader(ctx, this.assessments).load(audit.id);
  }
}
