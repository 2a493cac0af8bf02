module.exports = {
  displayName: 'measures-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
