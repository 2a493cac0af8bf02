import { registerEnumType } from '@nestjs/graphql';

export enum ThemeGroup {
  CHILD = 'child',
  FAMILY_CONTEXT = 'family-context',
  HARM = 'harm',
  PRACTICE = 'practice',
  SYSTEM = 'system',
}

registerEnumType(ThemeGroup, { name: 'ThemeGroup', description: 'The group a theme sits in: the child, family context, harm, practice or the system.' });
