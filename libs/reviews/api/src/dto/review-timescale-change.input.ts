import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { TimescaleChangeKind, TimescaleReason } from '../review-timescale.enums';

@InputType()
export class CreateReviewTimescaleChangeInput {
  @Field(() => ID, { description: 'The review; the pause or extension belongs to its partnership.' })
  @IsUUID()
  reviewId!: string;

  @Field(() => TimescaleChangeKind)
  @IsEnum(TimescaleChangeKind)
  kind!: TimescaleChangeKind;

  @Field(() => TimescaleReason)
  @IsEnum(TimescaleReason)
  reason!: TimescaleReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  reasonDetails?: string | null;

  @Field(() => DateScalar, { description: 'A pause: the day it started. An extension: the day it was agreed.' })
  @IsString()
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'A pause: the day the review restarted (leave out while paused).' })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'An extension: the new due date agreed.' })
  @IsOptional()
  agreedDueOn?: string | null;

  @Field(() => String, { nullable: true, description: 'An extension: who agreed it.' })
  @IsOptional()
  @IsString()
  agreedBy?: string | null;
}

@InputType()
export class UpdateReviewTimescaleChangeInput extends PartialType(OmitType(CreateReviewTimescaleChangeInput, ['reviewId', 'kind'] as const)) {}
