module.exports = {
  displayName: 'measures-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
