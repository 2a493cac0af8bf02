import { Args, Query, Resolver } from '@nestjs/graphql';
import { HeadlineFiguresArgs } from './dto/headline-figures.args';
import { HeadlineFiguresService } from './headline-figures.service';
import { HeadlineFigure } from './models/headline-figure.model';

@Resolver()
export class HeadlineFiguresResolver {
  constructor(private readonly service: HeadlineFiguresService) {}

  @Query(() => [HeadlineFigure], {
    description:
      'Metric catalogue values for the chosen range (judged on asOf), the same dates a year earlier and a trend by financial year ' +
      '(each judged on the earlier of its end and asOf): the figures the overview shows, by the definitions the annual report uses.',
  })
  headlineFigures(@Args() args: HeadlineFiguresArgs): Promise<HeadlineFigure[]> {
    return this.service.figures(args);
  }
}
