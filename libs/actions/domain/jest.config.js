module.exports = {
  displayName: 'actions-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
