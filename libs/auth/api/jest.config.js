module.exports = {
  displayName: 'auth-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
