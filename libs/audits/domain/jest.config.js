module.exports = {
  displayName: 'audits-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
