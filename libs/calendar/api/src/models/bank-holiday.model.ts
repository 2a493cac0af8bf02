import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { BankHolidaySource } from '../calendar.enums';

@ObjectType({ description: 'An England & Wales bank holiday: not a working day.' })
export class BankHoliday {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BankHolidaySource)
  source!: BankHolidaySource;

  @Field(() => Date)
  createdAt!: Date;
}
