import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the dashboard, generated offline from the committed API schema. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/*/feature/src/**/*.{ts,tsx}', 'apps/dashboard/src/**/*.{ts,tsx}', 'libs/shared/data-access/src/**/*.ts', '!libs/shared/data-access/src/gql/**'],
  generates: {
    'libs/shared/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
