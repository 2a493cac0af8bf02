module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // One migrated embedded database per run, which every test API starts from (see the setup file).
  globalSetup: '<rootDir>/test/pglite-template.global-setup.ts',
  globalTeardown: '<rootDir>/test/pglite-template.global-teardown.ts',
};
