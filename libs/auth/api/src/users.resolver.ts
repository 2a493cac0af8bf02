import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { requireCaller, type RequestContext } from '@sli/shared/api-core';
import { CreateUserInput, UpdateUserInput } from './dto/auth.input';
import { User } from './models/auth.models';
import { toRoleValue } from './role.enum';
import { UsersService, type UserRow } from './users.service';

/** Users and their partnerships: admins for their own partnerships, system admins for all. */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly partnershipsService: PartnershipsService,
  ) {}

  @Query(() => [User], { description: 'Users the caller manages, by name; optionally those of one partnership.' })
  async users(@Args('partnershipId', { type: () => ID, nullable: true }) partnershipId: string | null, @Context() ctx: RequestContext): Promise<User[]> {
    return (await this.service.list(requireCaller(ctx), partnershipId)).map(toUser);
  }

  @Mutation(() => User, { description: 'Adds a user. Passwords follow NCSC guidance: at least 12 characters, not a common one.' })
  async createUser(@Args('input') input: CreateUserInput, @Context() ctx: RequestContext): Promise<User> {
    const partnershipIds = input.partnershipIds ?? (input.partnershipId ? [input.partnershipId] : []);
    return toUser(await this.service.create({ ...input, partnershipIds }, requireCaller(ctx)));
  }

  @Mutation(() => User, { description: 'Changes a user; disabling one ends their sessions and revokes their tokens at once.' })
  async updateUser(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput, @Context() ctx: RequestContext): Promise<User> {
    return toUser(await this.service.update(id, input, requireCaller(ctx)));
  }

  @ResolveField(() => Partnership, { nullable: true, description: 'The first of the partnerships the user belongs to.' })
  partnership(@Parent() user: User, @Context() ctx: RequestContext): Promise<Partnership | null> {
    const id = user.partnershipIds[0];
    return id ? partnershipLoader(ctx, this.partnershipsService).load(id) : Promise.resolve(null);
  }

  @ResolveField(() => [Partnership], { description: 'Every partnership the user belongs to that you can see.' })
  async partnerships(@Parent() user: User, @Context() ctx: RequestContext): Promise<Partnership[]> {
    const found = await partnershipLoader(ctx, this.partnershipsService).loadMany(user.partnershipIds);
    return found.filter((p): p is Partnership => p !== null && !(p instanceof Error));
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency an agency lead acts for.' })
  agency(@Parent() user: User, @Context() ctx: RequestContext): Promise<Agency | null> {
    const id = user.agencyIds[0];
    return id ? agencyLoader(ctx, this.partnershipsService).load(id) : Promise.resolve(null);
  }
}

function toUser(row: UserRow): User {
  return { ...row, role: toRoleValue(row.role) };
}
