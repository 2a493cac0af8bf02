module.exports = {
  displayName: 'exchange-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
