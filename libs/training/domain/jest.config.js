module.exports = {
  displayName: 'training-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
