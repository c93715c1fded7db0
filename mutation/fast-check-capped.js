/**
 * fast-check for mutation runs: each property runs at most MUTATION_FC_RUNS cases (default 25)
 * and a counterexample is not shrunk. The heavy properties of test/unit/outcomes cover most of
 * src/domain/stats and ran 10-25 s per mutant at full strength. Fewer cases can only let a
 * mutant survive, never kill one wrongly, so a score measured this way is a lower bound of what
 * npm test (full runs) catches.
 */
// By path: inside Jest, require('fast-check') would be mapped back to this file.
const real = require('../node_modules/fast-check/lib/cjs/fast-check.js');

const cap = Number(process.env.MUTATION_FC_RUNS ?? 25);
const capped = (params) => ({
  ...params,
  numRuns: Math.min(params?.numRuns ?? 100, cap),
  endOnFailure: true,
});
const wrapped = {
  ...real,
  assert: (property, params) => real.assert(property, capped(params)),
  check: (property, params) => real.check(property, capped(params)),
};
module.exports = { ...wrapped, __esModule: true, default: wrapped };
