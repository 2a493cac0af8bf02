import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { type RequestContext } from '@sli/shared/api-core';
import { auditDomainsLoader } from './assurance-tools.loaders';
import { AuditDomainsService } from './audit-domains.service';
import { CreateAuditDomainInput, ReorderAuditDomainsInput, UpdateAuditDomainInput } from './dto/audit-domain.input';
import { AuditDomainGrade } from './models/audit-case.model';
import { AuditDomainDefinition } from './models/assurance-tool.model';

/** The partnership's case-audit domains, managed by its admins (issue 10). */
@Resolver(() => AuditDomainDefinition)
export class AuditDomainsResolver {
  constructor(private readonly service: AuditDomainsService) {}

  @Mutation(() => AuditDomainDefinition, { description: 'Adds a case-audit domain to the partnership, last in reading order. Admins only.' })
  createAuditDomain(@Args('input') input: CreateAuditDomainInput): Promise<AuditDomainDefinition> {
    return this.service.create(input);
  }

  @Mutation(() => AuditDomainDefinition, {
    description: 'Renames, retires or brings back a domain. A retired domain stays on the grades that use it and is not offered for new ones. Admins only.',
  })
  updateAuditDomain(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAuditDomainInput): Promise<AuditDomainDefinition> {
    return this.service.update(id, input);
  }

  @Mutation(() => [AuditDomainDefinition], { description: "Sets the reading order of the partnership's domains (every one, once). Admins only." })
  reorderAuditDomains(@Args('input') input: ReorderAuditDomainsInput): Promise<AuditDomainDefinition[]> {
    return this.service.reorder(input);
  }
}

/** What a grade's domain code and agency id stand for. */
@Resolver(() => AuditDomainGrade)
export class AuditDomainGradesResolver {
  constructor(
    private readonly domains: AuditDomainsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @ResolveField(() => String, { description: "The domain's name in the partnership (as it is now: renaming a domain renames it on past grades)." })
  async domainLabel(@Parent() grade: AuditDomainGrade, @Context() ctx: RequestContext): Promise<string> {
    const domains = await auditDomainsLoader(ctx, this.domains).load(grade.partnershipId);
    return domains.find((d) => d.code === grade.domain)?.name ?? grade.domain;
  }

  @ResolveField(() => Boolean, { description: 'Whether the domain is retired: kept on this grade, not offered for new ones.' })
  async domainRetired(@Parent() grade: AuditDomainGrade, @Context() ctx: RequestContext): Promise<boolean> {
    const domains = await auditDomainsLoader(ctx, this.domains).load(grade.partnershipId);
    return domains.find((d) => d.code === grade.domain)?.retired ?? false;
  }

  @ResolveField(() => Agency, { nullable: true, description: "The agency graded; null for the overall multi-agency grade." })
  agency(@Parent() grade: AuditDomainGrade, @Context() ctx: RequestContext): Promise<Agency | null> {
    return grade.agencyId ? agencyLoader(ctx, this.partnerships).load(grade.agencyId) : Promise.resolve(null);
  }
}
