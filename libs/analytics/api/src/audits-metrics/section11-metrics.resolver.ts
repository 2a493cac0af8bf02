import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit, auditLoader, AuditsService, Section11AssessmentConnection } from '@sli/audits-api';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { InputError, PageArgs, type RequestContext } from '@sli/shared/api-core';
import { isUUID } from 'class-validator';
import { Section11AssessmentsBehindArgs, Section11GridsArgs } from './dto/audit-metrics.args';
import { Section11AgencySummary, Section11Grid, Section11GridCell } from './models/section11-grid.models';
import { Section11MetricsService } from './section11-metrics.service';

async function loadAgency(ctx: RequestContext, partnerships: PartnershipsService, id: string): Promise<Agency> {
  const agency = await agencyLoader(ctx, partnerships).load(id);
  if (!agency) throw new Error(`Agency ${id} is missing`);
  return agency;
}

@Resolver(() => Section11Grid)
export class Section11MetricsResolver {
  constructor(
    private readonly service: Section11MetricsService,
    private readonly audits: AuditsService,
  ) {}

  @Query(() => [Section11Grid], {
    description: 'Section 11 audits started in the range, each as an agency × standard grid with counts by final rating and moderation.',
  })
  section11Grids(@Args() args: Section11GridsArgs): Promise<Section11Grid[]> {
    return this.service.grids(args.filter);
  }

  @Query(() => Section11Grid, { nullable: true, description: 'One section 11 audit as a grid; null when it is not a section 11 audit.' })
  async section11Grid(@Args('auditId', { type: () => ID }) auditId: string): Promise<Section11Grid | null> {
    if (!isUUID(auditId)) throw new InputError([{ field: 'auditId', message: 'must be a UUID' }]);
    const [grid] = await this.service.grids(undefined, auditId);
    return grid ?? null;
  }

  @Query(() => Section11AssessmentConnection, { description: 'The section 11 assessments behind a grid count.' })
  section11AssessmentsBehind(@Args() args: Section11AssessmentsBehindArgs, @Args() page: PageArgs): Promise<Section11AssessmentConnection> {
    return this.service.assessmentsBehind(args, page);
  }

  @ResolveField(() => Audit)
  async audit(@Parent() grid: Section11Grid, @Context() ctx: RequestContext): Promise<Audit> {
    const audit = await auditLoader(ctx, this.audits).load(grid.auditId);
    if (!audit) throw new Error(`Audit ${grid.auditId} is missing`);
    return audit;
  }
}

@Resolver(() => Section11GridCell)
export class Section11GridCellResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @ResolveField(() => Agency)
  agency(@Parent() cell: Section11GridCell, @Context() ctx: RequestContext): Promise<Agency> {
    return loadAgency(ctx, this.partnerships, cell.agencyId);
  }
}

@Resolver(() => Section11AgencySummary)
export class Section11AgencySummaryResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @ResolveField(() => Agency)
  agency(@Parent() row: Section11AgencySummary, @Context() ctx: RequestContext): Promise<Agency> {
    return loadAgency(ctx, this.partnerships, row.agencyId);
  }
}
