import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { InformationRequestKind } from '../review.enums';

@InputType()
export class CreateInformationRequestInput {
  @Field(() => ID, { description: 'The review; the request belongs to its partnership.' })
  @IsUUID()
  reviewId!: string;

  @RefField()
  ref?: string;

  @Field(() => ID, { description: "An agency of the review's partnership." })
  @IsUUID()
  agencyId!: string;

  @Field(() => InformationRequestKind)
  @IsEnum(InformationRequestKind)
  kind!: InformationRequestKind;

  @Field(() => DateScalar)
  @IsString()
  sentOn!: string;

  @Field(() => DateScalar)
  @IsString()
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  remindedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  returnedOn?: string | null;
}

@InputType()
export class UpdateInformationRequestInput extends PartialType(OmitType(CreateInformationRequestInput, ['reviewId'] as const)) {}

@InputType()
export class InformationRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: not yet returned. False: returned.' })
  @IsOptional()
  @IsBoolean()
  outstanding?: boolean;
}

@ArgsType()
export class InformationRequestFilterArgs {
  @Field(() => InformationRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InformationRequestFilter)
  filter?: InformationRequestFilter;
}
