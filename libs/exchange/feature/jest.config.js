// The import page's pure logic only (the request's address, counts in words, which problems are the file's), without React.
module.exports = {
  displayName: 'exchange-feature',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
