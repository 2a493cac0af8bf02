module.exports = {
  displayName: 'exports-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
