import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { CalendarService } from './calendar.service';
import { AddBankHolidayInput, BankHolidaysArgs } from './dto/bank-holiday.input';
import { BankHoliday } from './models/bank-holiday.model';

@Resolver(() => BankHoliday)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => DateScalar, {
    description:
      'The nth working day after `from` (counting from the day after; `from` itself for 0; counting back when negative). ' +
      'Working days are weekdays that are not England & Wales bank holidays.',
  })
  addWorkingDays(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('days', { type: () => Int }) days: number,
  ): Promise<string> {
    return this.calendar.addWorkingDays(from, days);
  }

  @Query(() => Int, { description: 'The working days after `from` up to and including `to`; negative when `to` is earlier.' })
  workingDaysBetween(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<number> {
    return this.calendar.workingDaysBetween(from, to);
  }

  @Query(() => [BankHoliday], { description: 'England & Wales bank holidays between two dates (inclusive), by date.' })
  bankHolidays(@Args() args: BankHolidaysArgs): Promise<BankHoliday[]> {
    return this.calendar.listBankHolidays(args);
  }

  @Mutation(() => BankHoliday, { description: 'Adds a bank holiday, e.g. one proclaimed for a national event.' })
  addBankHoliday(@Args('input') input: AddBankHolidayInput): Promise<BankHoliday> {
    return this.calendar.addBankHoliday(input);
  }
}
