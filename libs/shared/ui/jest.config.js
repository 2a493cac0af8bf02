module.exports = {
  displayName: 'shared-ui',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
