/**
 * The node test environment, recording during Stryker's initial (dry) run which tests each test
 * file holds, by the full names Stryker filters on. related-test-sequencer.js reads the record so
 * that a mutant run loads only the files holding a test that covers the mutant: with
 * findRelatedTests alone, every file importing the mutated module is loaded (and its module
 * graph evaluated) for every mutant, which cost seconds a mutant.
 */
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

function fullName(test) {
  const names = [];
  for (let block = test; block; block = block.parent) names.unshift(block.name);
  // The first entry is circus's ROOT_DESCRIBE_BLOCK, which is not part of the name.
  return names.slice(1).join(' ');
}

class TestFilesEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.relativePath = path.relative(config.projectConfig.rootDir, context.testPath);
    this.testNames = [];
  }

  async handleTestEvent(event, state) {
    if (event.name === 'test_start') this.testNames.push(fullName(event.test));
    if (super.handleTestEvent) await super.handleTestEvent(event, state);
  }

  async teardown() {
    const record = process.env.MUTATION_TEST_FILES;
    // Only the dry run (no active mutant) runs every test, so only it records.
    if (record && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
      const files = fs.existsSync(record) ? JSON.parse(fs.readFileSync(record, 'utf8')) : {};
      files[this.relativePath] = this.testNames;
      fs.writeFileSync(record, JSON.stringify(files));
    }
    await super.teardown();
  }
}

module.exports = TestFilesEnvironment;
