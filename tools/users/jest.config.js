module.exports = {
  displayName: 'users-tool',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
