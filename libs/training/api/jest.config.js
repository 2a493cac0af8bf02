module.exports = {
  displayName: 'training-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
