/**
 * Reads a scenario (from a file or from the generator) through the one schema, and turns zod's
 * issues into lines a person can act on: `timeline[3].answers.mood: expected a number from 1 to 5`.
 */
import { z } from 'zod';
import { Scenario, scenarioSchema } from './scenario-schema';

export class ScenarioError extends Error {
  constructor(
    readonly problems: string[],
    source: string,
  ) {
    super(
      `${source}: not a valid scenario:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ScenarioError';
  }
}

/** `timeline[3].answers.mood`; keys that are not plain identifiers are quoted: `settings["Group name"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(String(part)))
      out += out === '' ? String(part) : `.${String(part)}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out === '' ? '(the scenario)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) => `${formatPath([...issue.path, key])}: unknown field (check the spelling)`,
    );
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const expected = issue.message.startsWith('Invalid input')
      ? `expected ${issue.expected === 'object' ? 'an object' : issue.expected}`
      : issue.message;
    return [`${formatPath(issue.path)}: missing; ${expected}`];
  }
  return [`${formatPath(issue.path)}: ${issue.message}`];
}

export function parseScenario(data: unknown, source = 'the generated scenario'): Scenario {
  const result = scenarioSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ScenarioError(result.error.issues.flatMap(describeIssue), source);
}

export function parseScenarioText(json: string, source: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ScenarioError(
      [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
      source,
    );
  }
  return parseScenario(data, source);
}
