module.exports = {
  displayName: 'bench-tool',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
