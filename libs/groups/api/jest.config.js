module.exports = {
  displayName: 'groups-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
