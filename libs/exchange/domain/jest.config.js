module.exports = {
  displayName: 'exchange-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
