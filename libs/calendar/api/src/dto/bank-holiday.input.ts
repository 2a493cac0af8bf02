import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsOptional, IsString, Length } from 'class-validator';

@InputType()
export class AddBankHolidayInput {
  @Field(() => DateScalar, { description: 'A weekday that is not yet a bank holiday.' })
  @IsString()
  date!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name!: string;
}

@ArgsType()
export class BankHolidaysArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First date, inclusive.' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last date, inclusive.' })
  @IsOptional()
  @IsString()
  to?: string;
}
