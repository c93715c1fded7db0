/**
 * The pseudo-language scan as a ratchet (issue 17): a small season runs on the compiled bundle
 * with Language "en-XA", and the texts the scan finds unwrapped must be exactly those still
 * known to be (pseudo-scan-allowed.json). A new one is English put in code outside the
 * catalogue; an allowed one that no longer appears was moved, and its entry must go, so the
 * list only shrinks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateScenario } from '../../demo/generate';
import { writeOutputs } from '../../demo/outputs/write-outputs';
import { parseScenario } from '../../demo/parse-scenario';
import { Finding, scanOutputs } from '../../demo/pseudo-scan';
import { RunResult, runScenario } from '../../demo/run-scenario';
import { compiledBundle } from '../integration/harness';
import allowedFile from './pseudo-scan-allowed.json';

const SEASON = { seed: 1, members: 8, weeks: 6 };
const allowedGroups: Record<string, string[]> = allowedFile.allowed;
const allowed = new Set(Object.values(allowedGroups).flat());

describe('a season under the pseudo-language', () => {
  let outDir: string;
  let result: RunResult;
  let findings: Finding[];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'peer-circle-pseudo-'));
    const scenario = generateScenario(SEASON);
    scenario.settings = { ...scenario.settings, Language: 'en-XA' };
    result = runScenario(parseScenario(scenario), { code: compiledBundle() });
    await writeOutputs(result, outDir, `generated: seed ${SEASON.seed}, en-XA`);
    findings = await scanOutputs(outDir, scenario);
  }, 60_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('ran every execution without failing', () => {
    const failed = result.env.executions
      .filter((execution) => !execution.ok)
      .map((execution) => `${execution.handler}: ${execution.error?.message ?? 'no error'}`);
    expect(result.env.executions.length).toBeGreaterThan(10);
    expect(failed).toEqual([]);
  });

  it('finds no unwrapped text beyond those known (a new one is English outside the catalogue)', () => {
    const added = findings
      .filter((finding) => !allowed.has(finding.text))
      .map((finding) => `${JSON.stringify(finding.text)} at ${finding.where}`);
    expect(added).toEqual([]);
  });

  it('still finds every known unwrapped text (one no longer found: remove it from pseudo-scan-allowed.json)', () => {
    const found = new Set(findings.map((finding) => finding.text));
    const gone = [...allowed].filter((text) => !found.has(text));
    expect(gone).toEqual([]);
  });

  it('lists each known text once, under a reason', () => {
    const listed = Object.values(allowedGroups).flat();
    expect(listed.length).toBe(allowed.size);
    for (const [reason, texts] of Object.entries(allowedGroups)) {
      expect(reason.trim()).not.toBe('');
      expect(texts.length).toBeGreaterThan(0);
    }
  });
});
