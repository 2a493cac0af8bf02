import { ArgsType, Field, ID } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsBoolean, IsString, IsUUID } from 'class-validator';

@ArgsType()
export class ObaPublicationArgs {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;
}

@ArgsType()
export class PublishObaScorecardArgs extends ObaPublicationArgs {
  @Field(() => DateScalar, { description: 'The figures’ date: only periods that had ended by then count. Not after today.' })
  @IsString()
  asOf!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Publish the headline measures only (the usual choice for a website).' })
  @IsBoolean()
  headlineOnly = true;
}
