/**
 * A group whose organiser's Google account is in Spanish: Google names the response tabs
 * "Respuestas de formulario N" and heads its own columns "Marca temporal" and the Spanish email
 * header. A short season gives the same intake (every response in the same place, with the same
 * member, session, wave and status, and the same Review rows) as the same season in English.
 */
import { generateScenario } from '../../demo/generate';
import { inspectTabs } from '../../demo/outputs/workbook';
import { parseScenario } from '../../demo/parse-scenario';
import { RunResult, runScenario } from '../../demo/run-scenario';
import { compiledBundle } from '../integration/harness';

const INTAKE_TABS = ['Check-ins', 'Surveys', 'Review'];

function season(accountLanguage: 'en' | 'es'): RunResult {
  const scenario = generateScenario({ seed: 2, members: 6, weeks: 3 });
  return runScenario(
    parseScenario({ ...scenario, group: { ...scenario.group, accountLanguage } }),
    {
      code: compiledBundle(),
    },
  );
}

/** The intake tabs' contents, with the response tabs' first two headers (Google's) left out. */
function intake(result: RunResult) {
  const all = inspectTabs(result.env);
  const tabs = INTAKE_TABS.flatMap((name) => all.filter((tab) => tab.name === name));
  return tabs.map((tab) => ({
    name: tab.name,
    headers: tab.name === 'Review' ? tab.values[0] : tab.values[0]?.slice(2),
    rows: tab.values.slice(1),
  }));
}

describe('a non-English account', () => {
  let english: RunResult;
  let spanish: RunResult;

  beforeAll(() => {
    english = season('en');
    spanish = season('es');
  }, 30_000);

  it('gets response tabs headed in Spanish', () => {
    const checkins = inspectTabs(spanish.env).find((tab) => tab.name === 'Check-ins');
    expect(checkins?.values[0].slice(0, 2)).toEqual([
      'Marca temporal',
      'Dirección de correo electrónico',
    ]);
  });

  it('gives the same intake results as in English', () => {
    const failed = (result: RunResult) =>
      result.env.executions.filter((execution) => !execution.ok).map((e) => e.handler);
    expect(failed(spanish)).toEqual(failed(english));
    expect(spanish.problems).toEqual([]);
    expect(spanish.submissions).toEqual(english.submissions);
    const tabs = intake(spanish);
    expect(tabs.map((tab) => tab.name)).toEqual(INTAKE_TABS);
    expect(tabs).toEqual(intake(english));
    const checkins = tabs[0];
    const status = checkins.headers!.indexOf('Processing');
    expect(checkins.rows.length).toBeGreaterThan(3);
    expect(checkins.rows.filter((row) => row[status + 2] === 'ok').length).toBeGreaterThan(3);
  });
});
