module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  globalSetup: '<rootDir>/test/global-setup.ts',
};
