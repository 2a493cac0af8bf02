module.exports = {
  displayName: 'reminders-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
