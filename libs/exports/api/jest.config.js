module.exports = {
  displayName: 'exports-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
