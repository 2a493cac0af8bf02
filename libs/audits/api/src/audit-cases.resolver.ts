import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { auditCaseLoader, auditLoader, domainGradesLoader } from './audit.loaders';
import { AuditCasesService } from './audit-cases.service';
import { AuditsService } from './audits.service';
import { AuditCaseFilterArgs, CreateAuditCaseInput, UpdateAuditCaseInput } from './dto/audit-case.input';
import { AuditCase, AuditCaseConnection, AuditDomainGrade } from './models/audit-case.model';
import { Audit } from './models/audit.model';

@Resolver(() => AuditCase)
export class AuditCasesResolver {
  constructor(
    private readonly service: AuditCasesService,
    private readonly audits: AuditsService,
  ) {}

  @Query(() => AuditCaseConnection, { description: 'Graded cases, by reference, by partnership, audit or overall grade.' })
  auditCases(@Args() args: AuditCaseFilterArgs, @Args() page: PageArgs): Promise<AuditCaseConnection> {
    return this.service.listCases(args.filter ?? {}, page);
  }

  @Query(() => AuditCase, { nullable: true })
  auditCase(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<AuditCase | null> {
    return auditCaseLoader(ctx, this.service).load(id);
  }

  @Mutation(() => AuditCase)
  createAuditCase(@Args('input') input: CreateAuditCaseInput): Promise<AuditCase> {
    return this.service.createCase(input);
  }

  @Mutation(() => AuditCase, { description: 'domainGrades, when given, replace the whole set in the same transaction.' })
  updateAuditCase(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAuditCaseInput): Promise<AuditCase> {
    return this.service.updateCase(id, input);
  }

  @Mutation(() => AuditCase, { description: 'Deletes a graded case with its domain grades. Returns it as it was; the change history keeps it.' })
  deleteAuditCase(@Args('id', { type: () => ID }) id: string): Promise<AuditCase> {
    return this.service.removeCase(id);
  }

  @ResolveField(() => Audit)
  async audit(@Parent() auditCase: AuditCase, @Context() ctx: RequestContext): Promise<Audit> {
    const found = await auditLoader(ctx, this.audits).load(auditCase.auditId);
    if (!found) throw new Error(`Audit ${auditCase.auditId} of case ${auditCase.id} is missing`);
    return found;
  }

  @ResolveField(() => [AuditDomainGrade], {
    description: "Grades in the partnership's domains, in their reading order; in each domain the overall grade first, then each agency's by name.",
  })
  domainGrades(@Parent() auditCase: AuditCase, @Context() ctx: RequestContext): Promise<AuditDomainGrade[]> {
    return domainGradesLoader(ctx, this.service).load(auditCase.id);
  }
}
