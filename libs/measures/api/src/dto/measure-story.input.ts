import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType({
  description: 'A story behind the curve written in the product: dated today and signed by the writer.',
})
export class WriteMeasureStoryInput {
  @Field(() => ID)
  @IsUUID()
  measureId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The period the story is about (its first day); usually the latest value’s.',
  })
  @IsOptional()
  @IsString()
  periodStart?: string | null;

  @Field(() => String, { description: 'Plain text, at most 4,000 characters.' })
  @IsString()
  @Length(1, 4000)
  text!: string;
}

@InputType({
  description: 'A change to a story: its words or the period it is about. The date written and the writer stay.',
})
export class EditMeasureStoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  periodStart?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  text!: string;
}
