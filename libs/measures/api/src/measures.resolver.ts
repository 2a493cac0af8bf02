import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { DateScalar, PageArgs, type RequestContext } from '@sli/shared/api-core';
import {
  AddMeasureNoteInput,
  CreateMeasureInput,
  MeasureFilterArgs,
  SetMeasureValuesArgs,
  UpdateMeasureInput,
} from './dto/measure.input';
import { measureLoader, measureNotesLoader, measureValuesLoader } from './measures.loader';
import { MeasuresService } from './measures.service';
import { Measure, MeasureConnection, MeasureNote, MeasureValue } from './models/measure.model';

@Resolver(() => Measure)
export class MeasuresResolver {
  constructor(
    private readonly service: MeasuresService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => MeasureConnection, { description: 'OBA measures, by name, filtered by partnership, quadrant, headline, agency or source.' })
  measures(@Args() args: MeasureFilterArgs, @Args() page: PageArgs): Promise<MeasureConnection> {
    return this.service.list(args.filter ?? {}, page);
  }

  @Query(() => Measure, { nullable: true })
  measure(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Measure | null> {
    return measureLoader(ctx, this.service).load(id);
  }

  @Mutation(() => Measure)
  createMeasure(@Args('input') input: CreateMeasureInput): Promise<Measure> {
    return this.service.create(input);
  }

  @Mutation(() => Measure)
  updateMeasure(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMeasureInput): Promise<Measure> {
    return this.service.update(id, input);
  }

  @Mutation(() => Measure, {
    description:
      'Adds or replaces the values of the given periods in one transaction: if any period is wrong, none is written. ' +
      'Each periodStart must start a period of the measure (month: day 1; quarter: 1 April, 1 July, 1 October, 1 January; year: 1 April).',
  })
  setMeasureValues(@Args() args: SetMeasureValuesArgs): Promise<Measure> {
    return this.service.setValues(args.measureId, args.values);
  }

  @Mutation(() => Measure)
  removeMeasureValue(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('periodStart', { type: () => DateScalar }) periodStart: string,
  ): Promise<Measure> {
    return this.service.removeValue(measureId, periodStart);
  }

  @Mutation(() => MeasureNote, { description: 'Adds a "story behind the curve" note to a measure.' })
  addMeasureNote(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('input') input: AddMeasureNoteInput,
  ): Promise<MeasureNote> {
    return this.service.addNote(measureId, input);
  }

  @ResolveField(() => [MeasureValue], { description: 'The values, oldest period first.' })
  values(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<MeasureValue[]> {
    return measureValuesLoader(ctx, this.service).load(measure.id);
  }

  @ResolveField(() => [MeasureNote], { description: 'The story behind the curve, in the order written.' })
  notes(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<MeasureNote[]> {
    return measureNotesLoader(ctx, this.service).load(measure.id);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<Agency | null> {
    return measure.agencyId ? agencyLoader(ctx, this.partnerships).load(measure.agencyId) : Promise.resolve(null);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(measure.partnershipId);
    if (!found) throw new Error(`Partnership ${measure.partnershipId} of measure ${measure.id} is missing`);
    return found;
  }
}
