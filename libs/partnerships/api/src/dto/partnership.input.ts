import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PartnershipKind } from '../partnership.enums';

@InputType()
export class CreatePartnershipInput {
  @Field(() => String)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/, { message: 'must be 1–80 letters, digits, . _ : or -' })
  ref!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => PartnershipKind)
  @IsEnum(PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to 5.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  suppressionThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Defaults to 8.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  followUpWeeks?: number;
}

@InputType()
export class UpdatePartnershipInput extends PartialType(CreatePartnershipInput) {}
