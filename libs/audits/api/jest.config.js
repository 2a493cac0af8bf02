module.exports = {
  displayName: 'audits-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
