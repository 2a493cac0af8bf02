module.exports = {
  displayName: 'actions-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
