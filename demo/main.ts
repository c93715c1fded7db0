/**
 * `npm run demo`: builds nothing itself (the npm script builds first; the harness rebuilds a
 * stale bundle when run directly), generates or reads a scenario, runs it through the compiled
 * script in the emulator and writes the outputs. Exit code 2 means bad options or a bad
 * scenario; failures inside the simulated season are part of what it shows, and exit 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compiledBundle } from '../test/integration/harness';
import { generateScenario } from './generate';
import { DemoOptions, parseOptions, UsageError, USAGE } from './options';
import { writeOutputs } from './outputs/write-outputs';
import { parseScenario, parseScenarioText, ScenarioError } from './parse-scenario';
import { silentProgress, streamProgress } from './progress';
import { runScenario, SetupFailed } from './run-scenario';
import { Scenario } from './scenario-schema';
import { summaryText } from './summary';

function loadScenario(options: DemoOptions): { scenario: Scenario; source: string } {
  if (options.scenario !== null) {
    let text: string;
    try {
      text = readFileSync(options.scenario, 'utf8');
    } catch (error) {
      throw new UsageError(
        `cannot read ${options.scenario}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return {
      scenario: parseScenarioText(text, options.scenario),
      source: `file ${options.scenario}`,
    };
  }
  const { seed, members, weeks } = options;
  return {
    scenario: parseScenario(generateScenario({ seed, members, weeks })),
    source: `generated: seed ${seed}, ${members} members, ${weeks} weeks`,
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const began = Date.now();
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.writeScenario !== null) {
    const { seed, members, weeks } = options;
    const generated = generateScenario({ seed, members, weeks });
    parseScenario(generated);
    writeFileSync(options.writeScenario, `${JSON.stringify(generated, null, 2)}\n`);
    process.stdout.write(
      `Wrote the generated scenario (seed ${seed}, ${members} members, ${weeks} weeks) to ${options.writeScenario}.\nRun it with: npm run demo -- --scenario ${options.writeScenario}\n`,
    );
    return 0;
  }
  const { scenario, source } = loadScenario(options);
  const progress = options.quiet
    ? silentProgress
    : streamProgress((line) => process.stderr.write(line));
  progress.step(`Scenario: ${source}`);
  const result = runScenario(scenario, { code: compiledBundle(), progress });
  progress.step(`Writing outputs to ${options.out}`);
  const outputs = await writeOutputs(result, options.out, source);
  process.stdout.write(summaryText(result, outputs, (Date.now() - began) / 1000));
  return 0;
}

/**
 * Apps Script runs a script in its project's time zone (appsscript.json), so a Date's local
 * hours are that zone's. The emulated script shares this process's zone: set it, so the run
 * is faithful and its outputs do not depend on the machine's own zone.
 */
function useScriptTimeZone(): void {
  const manifest: unknown = JSON.parse(
    readFileSync(path.resolve(__dirname, '../appsscript.json'), 'utf8'),
  );
  const zone = (manifest as { timeZone?: unknown }).timeZone;
  if (typeof zone === 'string' && zone !== '') process.env.TZ = zone;
}

if (require.main === module) {
  useScriptTimeZone();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`demo: ${error.message}\n\n${USAGE}\n`);
        process.exitCode = 2;
      } else if (error instanceof ScenarioError || error instanceof SetupFailed) {
        process.stderr.write(`demo: ${error.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(
          `demo: unexpected failure\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        process.exitCode = 1;
      }
    },
  );
}
