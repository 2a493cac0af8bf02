import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReviewsService, Review, reviewLoader } from '@sli/reviews-api';
import { PageArgs, type RequestContext } from '@sli/shared/api-core';
import { Theme, themesLoader } from '@sli/themes-api';
import {
  CreateLearningProductInput,
  LearningProductFilterArgs,
  UpdateLearningProductInput,
} from './dto/learning-product.input';
import { LEARNING_PRODUCT_THEMES, LearningProductsService } from './learning-products.service';
import { learningProductLoader, reviewIdsByLearningProductLoader } from './learning.loaders';
import { LearningProduct, LearningProductConnection } from './models/learning-product.model';


@Resolver(() => LearningProduct)
export class LearningProductsResolver {
  constructor(
    private readonly service: LearningProductsService,
    private readonly reviewsService: ReviewsService,
  ) {}

  @Query(() => LearningProductConnection, {
    description: 'Learning products, most recently published first, filtered by partnership, kind, period, review or theme.',
  })
  learningProducts(@Args() args: LearningProductFilterArgs, @Args() page: PageArgs): Promise<LearningProductConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => LearningProduct, { nullable: true })
  learningProduct(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<LearningProduct | null> {
    return learningProductLoader(ctx, this.service).load(id);
  }

  @Mutation(() => LearningProduct)
  createLearningProduct(@Args('input') input: CreateLearningProductInput): Promise<LearningProduct> {
    return this.service.create(input);
  }

  @Mutation(() => LearningProduct)
  updateLearningProduct(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLearningProductInput,
  ): Promise<LearningProduct> {
    return this.service.update(id, input);
  }

  @Mutation(() => LearningProduct, {
    description: 'Deletes a learning product with its links to reviews and themes. Returns it as it was; the change history keeps it.',
  })
  deleteLearningProduct(@Args('id', { type: () => ID }) id: string): Promise<LearningProduct> {
    return this.service.remove(id);
  }

  @ResolveField(() => [Review], { description: 'The reviews whose learning it shares.' })
  async reviews(@Parent() product: LearningProduct, @Context() ctx: RequestContext): Promise<Review[]> {
    const ids = await reviewIdsByLearningProductLoader(ctx, this.service).load(product.id);
    const reviews = await reviewLoader(ctx, this.reviewsService).loadMany(ids);
    return reviews.filter((r): r is Review => r !== null && !(r instanceof Error));
  }

  @ResolveField(() => [Theme])
  themes(@Parent() product: LearningProduct, @Context() ctx: RequestContext): Promise<Theme[]> {
    return themesLoader(ctx, this.service.manager, LEARNING_PRODUCT_THEMES).load(product.id);
  }
}
