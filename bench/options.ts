/**
 * Command-line options of `npm run bench` (after `--`):
 *   --cases 30x1,300x3,1000x10   members x years of history (default: 30, 300 and 1,000
 *                                members with 1, 3 and 10 years each)
 *   --reps 5                     repetitions wanted per group (the median Node time is reported)
 *   --budget 540                 seconds after which no further repetition starts; every group
 *                                gets at least one (keeps the bench under 10 minutes)
 *   --out bench/results.json
 */
import path from 'node:path';
import { GroupSize } from './fixtures/group';

export interface BenchOptions {
  sizes: GroupSize[];
  repetitions: number;
  budgetMs: number;
  out: string;
}

const DEFAULT_MEMBERS = [30, 300, 1000];
const DEFAULT_YEARS = [1, 3, 10];
const KNOWN = new Set(['--cases', '--reps', '--budget', '--out']);

function value(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const found = args[at + 1];
  if (found === undefined || found.startsWith('--')) throw new Error(`${name} needs a value`);
  return found;
}

function positiveInteger(text: string, name: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name}: expected a whole number >= 1, got "${text}"`);
  return number;
}

function parseSizes(text: string): GroupSize[] {
  return text.split(',').map((pair) => {
    const match = /^(\d+)x(\d+(?:\.\d+)?)$/.exec(pair.trim());
    if (!match) throw new Error(`--cases: expected MEMBERSxYEARS, got "${pair}"`);
    return { members: Number(match[1]), weeks: Math.max(1, Math.round(Number(match[2]) * 52)) };
  });
}

export function parseOptions(args: readonly string[], root: string): BenchOptions {
  const unknown = args.filter((arg) => arg.startsWith('--') && !KNOWN.has(arg));
  if (unknown.length > 0) throw new Error(`Unknown option(s): ${unknown.join(', ')}`);
  const cases = value(args, '--cases');
  return {
    sizes: cases
      ? parseSizes(cases)
      : DEFAULT_MEMBERS.flatMap((members) =>
          DEFAULT_YEARS.map((years) => ({ members, weeks: years * 52 })),
        ),
    repetitions: positiveInteger(value(args, '--reps') ?? '5', '--reps'),
    budgetMs: 1000 * positiveInteger(value(args, '--budget') ?? '540', '--budget'),
    out: path.resolve(root, value(args, '--out') ?? 'bench/results.json'),
  };
}
