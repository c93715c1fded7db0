/**
 * Jest's own order, keeping for a mutant run only the test files that hold a test whose name
 * Stryker's filter (the tests covering the mutant) matches; see test-files-environment.js.
 * A file missing from the record is kept, so the filter can only skip work, never a test.
 */
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

let cached = { mtimeMs: -1, files: null };
function recordedFiles() {
  const record = process.env.MUTATION_TEST_FILES;
  if (!record || !fs.existsSync(record)) return null;
  const { mtimeMs } = fs.statSync(record);
  if (mtimeMs !== cached.mtimeMs) {
    cached = { mtimeMs, files: JSON.parse(fs.readFileSync(record, 'utf8')) };
  }
  return cached.files;
}

class RelatedTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.namePattern = options.globalConfig.testNamePattern;
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    const files = recordedFiles();
    if (!this.namePattern || files === null) return sorted;
    const pattern = new RegExp(this.namePattern, 'i');
    const kept = sorted.filter((test) => {
      const names = files[path.relative(test.context.config.rootDir, test.path)];
      return names === undefined || names.some((name) => pattern.test(name));
    });
    if (process.env.MUTATION_DEBUG) {
      fs.appendFileSync(
        process.env.MUTATION_DEBUG,
        `${process.env.__STRYKER_ACTIVE_MUTANT__} ${sorted.length} -> ${kept.length} ${Date.now()}\n`,
      );
    }
    return kept;
  }
}

module.exports = RelatedTestSequencer;
