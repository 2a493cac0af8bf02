const { join } = require('node:path');
const preset = require('../../../jest.preset.js');

// The page's pure logic only: its formatting comes from the shared UI's format module, and the partnership's
// kind from data-access's partnership-kind module, without React.
module.exports = {
  displayName: 'overview-feature',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@sli\\/shared\\/ui$': join(__dirname, '../../shared/ui/src/format.ts'),
    '^@sli\\/shared\\/data-access$': join(__dirname, '../../shared/data-access/src/partnership-kind.ts'),
  },
};
