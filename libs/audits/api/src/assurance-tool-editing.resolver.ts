import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AssuranceToolEditingService } from './assurance-tool-editing.service';
import { CreateAssuranceToolInput, UpdateAssuranceToolDraftInput } from './dto/assurance-tool.input';
import { AssuranceTool } from './models/assurance-tool.model';

/** Drafting, editing, publishing and retiring a partnership's assurance tools (admins: see PERMISSIONS). */
@Resolver(() => AssuranceTool)
export class AssuranceToolEditingResolver {
  constructor(private readonly service: AssuranceToolEditingService) {}

  @Mutation(() => AssuranceTool, { description: 'A brand new tool: version 1, a draft with no standards and a red/amber/green scale.' })
  createAssuranceTool(@Args('input') input: CreateAssuranceToolInput): Promise<AssuranceTool> {
    return this.service.createTool(input);
  }

  @Mutation(() => AssuranceTool, { description: "The tool's next version, a draft copied from the version given; one draft per tool at a time." })
  draftAssuranceToolVersion(@Args('fromId', { type: () => ID }) fromId: string): Promise<AssuranceTool> {
    return this.service.draftVersion(fromId);
  }

  @Mutation(() => AssuranceTool, { description: 'Changes a draft; a published or retired version never changes (rounds refer to it).' })
  updateAssuranceToolDraft(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAssuranceToolDraftInput): Promise<AssuranceTool> {
    return this.service.updateDraft(id, input);
  }

  @Mutation(() => AssuranceTool, { description: 'Publishes a draft: offered for new rounds from today; the version in use before it is retired.' })
  publishAssuranceTool(@Args('id', { type: () => ID }) id: string): Promise<AssuranceTool> {
    return this.service.publish(id);
  }

  @Mutation(() => AssuranceTool, { description: 'Retires the version in use: no longer offered for new rounds; rounds that used it keep it.' })
  retireAssuranceTool(@Args('id', { type: () => ID }) id: string): Promise<AssuranceTool> {
    return this.service.retire(id);
  }

  @Mutation(() => AssuranceTool, { description: 'Deletes a draft with its standards and scale. Returns it as it was.' })
  discardAssuranceToolDraft(@Args('id', { type: () => ID }) id: string): Promise<AssuranceTool> {
    return this.service.discardDraft(id);
  }
}
