// The themes pages' pure logic only (e.g. a new theme's code from its name), without React.
module.exports = {
  displayName: 'themes-feature',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
