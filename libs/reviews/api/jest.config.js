module.exports = {
  displayName: 'reviews-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
