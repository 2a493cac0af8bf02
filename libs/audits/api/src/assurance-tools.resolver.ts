import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext } from '@sli/shared/api-core';
import { AssuranceToolKind, AssuranceToolStatus } from './assurance-tool.enums';
import { assuranceToolLoader, toolLevelsLoader, toolStandardsLoader } from './assurance-tools.loaders';
import { AssuranceToolsService } from './assurance-tools.service';
import { AssuranceTool, AuditDomainDefinition, ToolRatingLevel, ToolStandard } from './models/assurance-tool.model';

@Resolver(() => AssuranceTool)
export class AssuranceToolsResolver {
  constructor(private readonly service: AssuranceToolsService) {}

  @Query(() => [AssuranceTool], {
    description: "Partnerships' assurance tools (those given, else every partnership the caller may see), every version, by kind, tool and newest version first.",
  })
  assuranceTools(
    @Args('partnershipIds', { type: () => [ID], nullable: true }) partnershipIds?: string[] | null,
    @Args('kind', { type: () => AssuranceToolKind, nullable: true }) kind?: AssuranceToolKind,
    @Args('status', { type: () => AssuranceToolStatus, nullable: true }) status?: AssuranceToolStatus,
  ): Promise<AssuranceTool[]> {
    return this.service.listTools({ partnershipIds: partnershipIds ?? undefined, kind, status });
  }

  @Query(() => AssuranceTool, { nullable: true })
  assuranceTool(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<AssuranceTool | null> {
    return assuranceToolLoader(ctx, this.service).load(id);
  }

  @Query(() => [AuditDomainDefinition], { description: "The partnership's case-audit domains, in reading order, retired ones included." })
  auditDomains(@Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<AuditDomainDefinition[]> {
    return this.service.listDomains(partnershipId);
  }

  @ResolveField(() => [ToolStandard], { description: 'In reading order.' })
  standards(@Parent() tool: AssuranceTool, @Context() ctx: RequestContext): Promise<ToolStandard[]> {
    return toolStandardsLoader(ctx, this.service).load(tool.id);
  }

  @ResolveField(() => [ToolRatingLevel], { description: 'The rating scale, worst first.' })
  ratingScale(@Parent() tool: AssuranceTool, @Context() ctx: RequestContext): Promise<ToolRatingLevel[]> {
    return toolLevelsLoader(ctx, this.service).load(tool.id);
  }
}
