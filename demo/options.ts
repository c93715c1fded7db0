/** Command-line options of `npm run demo -- [options]`, checked before anything runs. */
import { parseArgs } from 'node:util';
import { GENERATE_DEFAULTS } from './generate';

export interface DemoOptions {
  help: boolean;
  seed: number;
  members: number;
  weeks: number;
  out: string;
  scenario: string | null;
  writeScenario: string | null;
  quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run demo -- [options]

Runs the compiled Peer Circle script in the local emulator over a season of a simulated peer
support group, and writes what facilitators would see.

  --seed N              seed of the generated group (default ${GENERATE_DEFAULTS.seed}); same seed, same outputs
  --members N           members in the generated group (default ${GENERATE_DEFAULTS.members}, at most 200)
  --weeks N             weekly sessions in the season (default ${GENERATE_DEFAULTS.weeks}, at most 104)
  --out DIR             where to write the outputs (default out)
  --scenario FILE       run the group described in FILE (JSON) instead of a generated one
  --write-scenario FILE write the generated scenario to FILE and stop, to edit and run with --scenario
  --quiet               no progress lines, only the summary
  --help                this text

Outputs: DIR/workbook.xlsx, DIR/outbox/*.eml, DIR/report.html, DIR/log.txt`;

function whole(
  name: string,
  raw: string | undefined,
  fallback: number,
  low: number,
  high: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < low || value > high)
    throw new UsageError(`--${name} expects a whole number from ${low} to ${high}, not "${raw}"`);
  return value;
}

export function parseOptions(argv: readonly string[]): DemoOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        seed: { type: 'string' },
        members: { type: 'string' },
        weeks: { type: 'string' },
        out: { type: 'string' },
        scenario: { type: 'string' },
        'write-scenario': { type: 'string' },
        quiet: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const scenario = values.scenario ?? null;
  if (scenario !== null) {
    const shaping = (['seed', 'members', 'weeks'] as const).filter(
      (name) => values[name] !== undefined,
    );
    if (shaping.length > 0)
      throw new UsageError(
        `--${shaping[0]} shapes the generated group; it cannot be combined with --scenario`,
      );
    if (values['write-scenario'] !== undefined)
      throw new UsageError(
        '--write-scenario writes the generated group; it cannot be combined with --scenario',
      );
  }
  return {
    help: values.help ?? false,
    seed: whole('seed', values.seed, GENERATE_DEFAULTS.seed, 0, 2 ** 31 - 1),
    members: whole('members', values.members, GENERATE_DEFAULTS.members, 1, 200),
    weeks: whole('weeks', values.weeks, GENERATE_DEFAULTS.weeks, 1, 104),
    out: values.out ?? 'out',
    scenario,
    writeScenario: values['write-scenario'] ?? null,
    quiet: values.quiet ?? false,
  };
}
