module.exports = {
  displayName: 'analytics-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
