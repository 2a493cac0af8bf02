module.exports = {
  displayName: 'reviews-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
