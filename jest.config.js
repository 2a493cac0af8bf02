// Runs every project's tests in one Jest process (the README's test command); Nx also runs them per project.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const dirs = (parent) => (existsSync(parent) ? readdirSync(parent).map((d) => join(parent, d)) : []);
const candidates = [...dirs('apps'), ...dirs('libs').flatMap(dirs), ...dirs('tools')];

module.exports = {
  // @nestjs/graphql keeps type metadata across test files run in one process, and a second file's
  // built-in constructors (String, Date…) come from another VM context, so its schema build fails
  // (nestjs/graphql#3356). Always use workers, and recycle each after every file.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
  // A cold PGlite start on two busy cores takes several seconds.
  testTimeout: 60000,
  projects: candidates.filter((d) => existsSync(join(d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
};
