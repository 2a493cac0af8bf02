module.exports = {
  displayName: 'groups-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
