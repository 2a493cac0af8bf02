module.exports = {
  displayName: 'learning-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
