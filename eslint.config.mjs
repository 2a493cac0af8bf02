import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules', '**/dist', '**/data', '**/tmp', '**/.nx', '**/coverage', '**/test-output', 'e2e/output', '**/*.js', '**/*.mjs', 'libs/shared/data-access/src/gql/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Module boundaries: web code never imports server code; pure domain libs import only libs/shared/domain.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
            { sourceTag: 'platform:server', onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'] },
            // Pure domain libs import only the shared domain lib (field problems, date words), nothing server or web.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'] },
            // A dashboard feature never imports another: shared pieces live in libs/shared/ui or data-access.
            { allSourceTags: ['platform:web', 'type:feature'], notDependOnLibsWithTags: ['type:feature'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
