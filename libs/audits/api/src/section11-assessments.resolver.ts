import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { AssuranceToolsService } from './assurance-tools.service';
import { toolStandardLoader } from './assurance-tools.loaders';
import { auditLoader, section11AssessmentLoader } from './audit.loaders';
import { ToolStandard } from './models/assurance-tool.model';
import { finalRating } from './audit-rules';
import { RagRating } from './audit.enums';
import { AuditsService } from './audits.service';
import {
  CreateSection11AssessmentInput,
  ModerateSection11AssessmentArgs,
  Section11AssessmentFilterArgs,
  UpdateSection11AssessmentInput,
} from './dto/section11-assessment.input';
import { Audit } from './models/audit.model';
import { Section11Assessment, Section11AssessmentConnection } from './models/section11-assessment.model';
import { Section11AssessmentsService } from './section11-assessments.service';

@Resolver(() => Section11Assessment)
export class Section11AssessmentsResolver {
  constructor(
    private readonly service: Section11AssessmentsService,
    private readonly audits: AuditsService,
    private readonly partnerships: PartnershipsService,
    private readonly tools: AssuranceToolsService,
  ) {}

  @Query(() => Section11AssessmentConnection, {
    description: 'Section 11 assessments, by standard, by partnership, audit, agency, standard or final rating.',
  })
  section11Assessments(@Args() args: Section11AssessmentFilterArgs, @Args() page: PageArgs): Promise<Section11AssessmentConnection> {
    return this.service.listAssessments(args.filter ?? {}, page);
  }

  @Query(() => Section11Assessment, { nullable: true })
  section11Assessment(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Section11Assessment | null> {
    return section11AssessmentLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Section11Assessment)
  createSection11Assessment(@Args('input') input: CreateSection11AssessmentInput): Promise<Section11Assessment> {
    return this.service.createAssessment(input);
  }

  @Mutation(() => Section11Assessment)
  updateSection11Assessment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSection11AssessmentInput,
  ): Promise<Section11Assessment> {
    return this.service.updateAssessment(id, input);
  }

  @Mutation(() => Section11Assessment, { description: 'Records the moderated rating and the note explaining it.' })
  moderateSection11Assessment(@Args() args: ModerateSection11AssessmentArgs): Promise<Section11Assessment> {
    return this.service.moderate(args.id, args.rating, args.note);
  }

  @Mutation(() => Section11Assessment, { description: 'Deletes a section 11 assessment. Returns it as it was; the change history keeps it.' })
  deleteSection11Assessment(@Args('id', { type: () => ID }) id: string): Promise<Section11Assessment> {
    return this.service.removeAssessment(id);
  }

  @ResolveField(() => RagRating, { description: 'The moderated rating once there is one, else the self-rating.' })
  finalRating(@Parent() assessment: Section11Assessment): RagRating {
    return finalRating(assessment);
  }

  @ResolveField(() => Audit)
  async audit(@Parent() assessment: Section11Assessment, @Context() ctx: RequestContext): Promise<Audit> {
    const found = await auditLoader(ctx, this.audits).load(assessment.auditId);
    if (!found) throw new Error(`Audit ${assessment.auditId} of assessment ${assessment.id} is missing`);
    return found;
  }

  @ResolveField(() => ToolStandard, { description: "The standard rated, with the tool's words for it." })
  async toolStandard(@Parent() assessment: Section11Assessment, @Context() ctx: RequestContext): Promise<ToolStandard> {
    const found = await toolStandardLoader(ctx, this.tools).load(assessment.toolStandardId);
    if (!found) throw new Error(`Standard ${assessment.toolStandardId} of assessment ${assessment.id} is missing`);
    return found;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() assessment: Section11Assessment, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(assessment.agencyId);
    if (!found) throw new Error(`Agency ${assessment.agencyId} of assessment ${assessment.id} is missing`);
    return found;
  }
}
