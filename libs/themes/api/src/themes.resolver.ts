import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { byKey, PageArgs, type RequestContext } from '@sli/shared/api-core';
import { CreateThemeInput, ThemeFilterArgs, UpdateThemeInput } from './dto/theme.input';
import { Theme, ThemeConnection } from './models/theme.model';
import { ThemesService } from './themes.service';

@Resolver(() => Theme)
export class ThemesResolver {
  constructor(
    private readonly service: ThemesService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => ThemeConnection, { description: 'Themes, by name, filtered by partnership, group, default or own, or text.' })
  themes(@Args() args: ThemeFilterArgs, @Args() page: PageArgs): Promise<ThemeConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Theme, { nullable: true })
  theme(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Theme | null> {
    return themeLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Theme, { description: "Adds a partnership's own theme." })
  createTheme(@Args('input') input: CreateThemeInput): Promise<Theme> {
    return this.service.create(input);
  }

  @Mutation(() => Theme, { description: 'Renames, regroups or re-describes a theme; its code never changes.' })
  updateTheme(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateThemeInput): Promise<Theme> {
    return this.service.update(id, input);
  }

  @Mutation(() => Theme, {
    description: "Deletes a partnership's own theme that tags no record; the shipped themes stay. Returns it as it was; the change history keeps it.",
  })
  deleteTheme(@Args('id', { type: () => ID }) id: string): Promise<Theme> {
    return this.service.remove(id);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() theme: Theme, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(theme.partnershipId);
    if (!found) throw new Error(`Partnership ${theme.partnershipId} of theme ${theme.id} is missing`);
    return found;
  }
}

/** Batched theme look-up by id, for other domains' `theme` fields. */
export function themeLoader(ctx: RequestContext, service: ThemesService) {
  return ctx.loaders.get<string, Theme | null>('theme.byId', async (ids) => byKey(ids, await service.findByIds(ids), (t) => t.id));
}
