import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { ThemeGroup } from '../theme.enums';

@ObjectType({ description: 'A theme of the taxonomy, with a stable code such as `domestic-abuse`.' })
export class Theme {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'Stable code, e.g. `information-sharing`.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ThemeGroup)
  themeGroup!: ThemeGroup;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Boolean, { description: 'True for themes of the shipped default taxonomy.' })
  isDefault!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ThemeConnection extends Connection(Theme) {}
