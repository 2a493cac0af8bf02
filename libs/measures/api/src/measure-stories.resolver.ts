import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { requireCaller, type RequestContext } from '@sli/shared/api-core';
import { EditMeasureStoryInput, WriteMeasureStoryInput } from './dto/measure-story.input';
import { MeasureStoriesService } from './measure-stories.service';
import { MeasureNote } from './models/measure.model';

@Resolver(() => MeasureNote)
export class MeasureStoriesResolver {
  constructor(private readonly stories: MeasureStoriesService) {}

  @Mutation(() => MeasureNote, {
    description: 'Writes a story behind the curve, dated today (England) and signed with the writer’s name.',
  })
  writeMeasureStory(@Args('input') input: WriteMeasureStoryInput, @Context() ctx: RequestContext): Promise<MeasureNote> {
    return this.stories.write(requireCaller(ctx), input);
  }

  @Mutation(() => MeasureNote, {
    description: 'Changes a story’s words or the period it is about; the date written and the writer stay. The history keeps the old words.',
  })
  editMeasureStory(@Args('input') input: EditMeasureStoryInput): Promise<MeasureNote> {
    return this.stories.edit(input);
  }

  @Mutation(() => MeasureNote, {
    description: 'Removes a story; returns it as it was. The history keeps it.',
  })
  deleteMeasureStory(@Args('id', { type: () => ID }) id: string): Promise<MeasureNote> {
    return this.stories.remove(id);
  }
}
