module.exports = {
  displayName: 'import-tool',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
