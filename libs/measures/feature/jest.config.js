// The scorecard's pure logic only (periods a value may be entered for, reading a typed value), without React.
module.exports = {
  displayName: 'measures-feature',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
