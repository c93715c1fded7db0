/** The demo's command line: defaults, numbers checked, contradictory options refused. */
import { parseOptions, UsageError } from '../../demo/options';

describe('demo options', () => {
  it('defaults to a 30-member, 26-week group written to out/', () => {
    expect(parseOptions([])).toMatchObject({
      seed: 1,
      members: 30,
      weeks: 26,
      out: 'out',
      scenario: null,
    });
    expect(parseOptions(['--seed', '3', '--members', '40', '--out', 'tmp'])).toMatchObject({
      seed: 3,
      members: 40,
      out: 'tmp',
    });
  });

  it.each([
    [['--members', '0'], /--members expects a whole number from 1 to 200, not "0"/],
    [['--weeks', '2.5'], /--weeks expects a whole number/],
    [['--seed', 'x'], /--seed expects a whole number/],
    [['--colour'], /Unknown option '--colour'/],
    [
      ['--scenario', 'a.json', '--seed', '2'],
      /--seed shapes the generated group; it cannot be combined with --scenario/,
    ],
    [
      ['--scenario', 'a.json', '--write-scenario', 'b.json'],
      /--write-scenario .* cannot be combined with --scenario/,
    ],
  ])('refuses %j', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
