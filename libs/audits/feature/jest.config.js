const { join } = require('node:path');
const preset = require('../../../jest.preset.js');

// The page's pure logic only (labels and API messages in words): the labels' colours come from the shared UI's palette, without React.
module.exports = {
  displayName: 'audits-feature',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@sli\\/shared\\/ui$': join(__dirname, '../../shared/ui/src/palette.ts'),
  },
};
