import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit, AuditCaseConnection, auditLoader, AuditsService } from '@sli/audits-api';
import { Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { AuditQualityService } from './audit-quality.service';
import { AuditAgencyGradesArgs, AuditCasesBehindArgs, AuditListArgs, AuditQualityArgs, AuditQualityRoundsArgs } from './dto/audit-metrics.args';
import { AuditAgencyDomainGrades, AuditQualityAuditRow, AuditQualityAuditRowConnection, AuditQualityPeriod, AuditQualityRound } from './models/audit-quality.models';

async function loadAudit(ctx: RequestContext, audits: AuditsService, id: string): Promise<Audit> {
  const audit = await auditLoader(ctx, audits).load(id);
  if (!audit) throw new Error(`Audit ${id} is missing`);
  return audit;
}

@Resolver()
export class AuditQualityResolver {
  constructor(private readonly service: AuditQualityService) {}

  @Query(() => [AuditQualityPeriod], {
    description:
      'Case-audit quality per period of the audits\' start: grade distribution overall and per domain, and % good or better. ' +
      'Filters: partnershipIds, from/to (start date), agencyId (lead or taking part), themeId.',
  })
  auditQuality(@Args() args: AuditQualityArgs): Promise<AuditQualityPeriod[]> {
    return this.service.byPeriod(args);
  }

  @Query(() => [AuditQualityAuditRow], { description: 'Case-audit quality per audit, by start date. `grain` is not used.' })
  auditQualityByAudit(@Args() args: AuditQualityArgs): Promise<AuditQualityAuditRow[]> {
    return this.service.byAudit(args);
  }

  @Query(() => AuditQualityAuditRowConnection, {
    description:
      'The audits of auditQualityByAudit a page at a time, sorted on the server: latest start first unless `sort` chooses a column ' +
      '(ties by reference, then id). Same filters; `grain` is not used.',
  })
  auditQualityAuditList(@Args() args: AuditListArgs, @Args() page: PageArgs): Promise<AuditQualityAuditRowConnection> {
    return this.service.auditPage(args, page);
  }

  @Query(() => [AuditQualityRound], {
    description: "Each partnership's case-audit rounds in order, with the change in % good or better since the previous round.",
  })
  auditQualityRounds(@Args() args: AuditQualityRoundsArgs): Promise<AuditQualityRound[]> {
    return this.service.rounds(args);
  }

  @Query(() => [AuditAgencyDomainGrades], {
    description:
      "Each agency's own grades per domain over the cases of an audit or a round (not the overall multi-agency grades): by agency name, then the domains' reading order.",
  })
  auditAgencyGrades(@Args() args: AuditAgencyGradesArgs): Promise<AuditAgencyDomainGrades[]> {
    return this.service.agencyGrades(args);
  }

  @Query(() => AuditCaseConnection, { description: 'The graded cases behind an audit-quality figure.' })
  auditCasesBehind(@Args() args: AuditCasesBehindArgs, @Args() page: PageArgs): Promise<AuditCaseConnection> {
    return this.service.casesBehind(args, page);
  }
}

@Resolver(() => AuditQualityAuditRow)
export class AuditQualityAuditRowResolver {
  constructor(private readonly audits: AuditsService) {}

  @ResolveField(() => Audit)
  audit(@Parent() row: AuditQualityAuditRow, @Context() ctx: RequestContext): Promise<Audit> {
    return loadAudit(ctx, this.audits, row.auditId);
  }
}

@Resolver(() => AuditQualityRound)
export class AuditQualityRoundResolver {
  constructor(
    private readonly auditsService: AuditsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @ResolveField(() => [Audit], { description: 'The audits of the round, by start date.' })
  audits(@Parent() round: AuditQualityRound, @Context() ctx: RequestContext): Promise<Audit[]> {
    return Promise.all(round.auditIds.map((id) => loadAudit(ctx, this.auditsService, id)));
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() round: AuditQualityRound, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(round.partnershipId);
    if (!found) throw new Error(`Partnership ${round.partnershipId} is missing`);
    return found;
  }
}
