/**
 * The pseudo-language scan (issue 17): after a season run with Language "en-XA", every text a
 * person reads that came from Peer Circle's code is wrapped in ⟦ ⟧ by the catalogue. This reads
 * the demo's outputs as a reader would (workbook cells, tab names and notes; each email's
 * subject and text; the report's text and labels; the toasts, alerts and prompts in log.txt),
 * takes out what is wrapped and what the group itself typed (every text of the scenario, and
 * member first names), then what no language translates (addresses, links, dates, figures, ids),
 * and reports each text left with where it was found: text our code wrote in English.
 *
 *   npx tsx demo/pseudo-scan.ts --out DIR --scenario FILE [--json]
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../src/domain/i18n/pseudo';

export interface Finding {
  /** The text left once wrapped parts and the group's own texts are taken out. */
  text: string;
  /** Where it was first seen, e.g. "workbook Members!B1" or "outbox/0001.eml subject". */
  where: string;
  /** How many times it was seen. */
  count: number;
}

/** Texts Google writes, not Peer Circle: the form response tabs' own first columns. */
const GOOGLE_TEXTS = new Set(['Timestamp', 'Email Address']);

/** Every string in the scenario, and each member's first name (emails greet by it). */
export function groupTexts(scenario: unknown): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (value.trim() !== '') texts.add(value.trim());
      if (key === 'name') texts.add(value.trim().split(/\s+/)[0] ?? '');
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object')
      for (const [field, item] of Object.entries(value)) visit(item, field);
  };
  visit(scenario, '');
  texts.delete('');
  // Longest first, so that a name is taken out before a shorter text inside it.
  return [...texts].sort((a, b) => b.length - a.length);
}

/** Takes out the wrapped parts, innermost first (a wrapped message may hold a wrapped date). */
export function withoutWrapped(text: string): string {
  const innermost = new RegExp(
    `${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`,
    'g',
  );
  let rest = text;
  for (;;) {
    const next = rest.replace(innermost, ' ');
    if (next === rest) return rest;
    rest = next;
  }
}

const UNTRANSLATED = [
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, // addresses
  /\bhttps?:\/\/\S+/g, // links
  /\b\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?\b/g, // ISO dates and times
  /\b[A-Z]{1,5}-?\d+[A-Z0-9-]*\b/g, // ids and codes: M0001, F0001, RPC-PANEL
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What is left of a text that came from code: null when nothing a language would translate. */
export function leftOver(text: string, group: readonly string[]): string | null {
  let rest = withoutWrapped(text).trim();
  for (const typed of group) {
    if (rest === typed) return null;
    // A lower-case word the group typed ("before", "weekly") is also a word of ours: only a
    // text that is exactly it is theirs. Names, places and sentences are theirs wherever they are.
    if (/^\p{Ll}+$/u.test(typed) || !rest.includes(typed)) continue;
    rest = rest.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'gu'),
      ' ',
    );
  }
  for (const pattern of UNTRANSLATED) rest = rest.replace(pattern, ' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  if (GOOGLE_TEXTS.has(rest)) return null;
  // Two letters in a row: a word. Figures, symbols and single letters are the same in any language.
  return /\p{L}{2}/u.test(rest) ? rest : null;
}

class Findings {
  private readonly byText = new Map<string, Finding>();

  constructor(private readonly group: readonly string[]) {}

  check(text: unknown, where: string): void {
    if (typeof text !== 'string' || text === '') return;
    const rest = leftOver(text, this.group);
    if (rest === null) return;
    const known = this.byText.get(rest);
    if (known) known.count += 1;
    else this.byText.set(rest, { text: rest, where, count: 1 });
  }

  all(): Finding[] {
    return [...this.byText.values()];
  }
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('result' in value && typeof value.result === 'string') return value.result;
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

async function scanWorkbook(file: string, findings: Findings): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.eachSheet((sheet) => {
    findings.check(sheet.name, `workbook tab name "${sheet.name}"`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const where = `workbook ${sheet.name}!${cell.address}`;
        findings.check(cellText(cell.value), where);
        const note = cell.note;
        if (typeof note === 'string') findings.check(note, `${where} note`);
        else if (note?.texts)
          findings.check(note.texts.map((run) => run.text).join(''), `${where} note`);
      }),
    );
  });
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function scanEmail(file: string, name: string, findings: Findings): void {
  const raw = readFileSync(file, 'utf8');
  const unfolded = raw.replace(/\r\n[ \t]/g, ' ');
  const subject = /^Subject: (.*)$/m.exec(unfolded)?.[1];
  if (subject) findings.check(decodeHeader(subject), `${name} subject`);
  // The text/plain part: what every mail program can show; the HTML part holds the same text.
  const plain =
    /Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)(?:\r?\n--|$)/.exec(
      raw,
    );
  const body = plain ? decodeQuotedPrintable(plain[1]) : '';
  body
    .split(/\r?\n\s*\r?\n/)
    .forEach((paragraph, index) => findings.check(paragraph, `${name} paragraph ${index + 1}`));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function scanReport(file: string, findings: Findings): void {
  const html = readFileSync(file, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ');
  for (const match of html.matchAll(/\b(?:alt|title|aria-label|placeholder)="([^"]*)"/g))
    findings.check(decodeEntities(match[1]), 'report.html attribute');
  for (const match of html.matchAll(/>([^<]+)</g))
    findings.check(decodeEntities(match[1]).trim(), 'report.html text');
}

/** The product's words in log.txt's screen lines (the framing around them is the demo's). */
function scanLog(file: string, findings: Findings): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const shown = line.trim();
    let match: RegExpExecArray | null;
    if ((match = /^toast: (.*)$/.exec(shown))) findings.check(match[1], 'log.txt toast');
    else if ((match = /^alert "(.*?)": (.*)$/.exec(shown))) {
      findings.check(match[1], 'log.txt alert title');
      match[2].split(' / ').forEach((part) => findings.check(part, 'log.txt alert'));
    } else if ((match = /^prompt "(.*?)": (.*) -> typed ".*", clicked \w+$/.exec(shown))) {
      findings.check(match[1], 'log.txt prompt title');
      findings.check(match[2], 'log.txt prompt');
    } else if ((match = /^\w+ dialog "(.*?)" \(/.exec(shown)))
      findings.check(match[1], 'log.txt dialog title');
    else if ((match = /^error: (.*)$/.exec(shown))) findings.check(match[1], 'log.txt error');
  }
}

export async function scanOutputs(outDir: string, scenario: unknown): Promise<Finding[]> {
  const findings = new Findings(groupTexts(scenario));
  await scanWorkbook(path.join(outDir, 'workbook.xlsx'), findings);
  const outbox = path.join(outDir, 'outbox');
  for (const name of readdirSync(outbox)
    .filter((file) => file.endsWith('.eml'))
    .sort())
    scanEmail(path.join(outbox, name), `outbox/${name}`, findings);
  scanReport(path.join(outDir, 'report.html'), findings);
  scanLog(path.join(outDir, 'log.txt'), findings);
  return findings.all();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => args[args.indexOf(flag) + 1];
  const outDir = value('--out');
  const scenarioFile = value('--scenario');
  if (!args.includes('--out') || !outDir || !args.includes('--scenario') || !scenarioFile) {
    console.error('usage: npx tsx demo/pseudo-scan.ts --out DIR --scenario FILE [--json]');
    process.exit(2);
  }
  const found = await scanOutputs(outDir, JSON.parse(readFileSync(scenarioFile, 'utf8')));
  if (args.includes('--json')) console.log(JSON.stringify(found, null, 2));
  else {
    for (const finding of found)
      console.log(`${finding.where} (x${finding.count}): ${finding.text.slice(0, 160)}`);
    const total = found.reduce((sum, finding) => sum + finding.count, 0);
    console.log(`${found.length} distinct texts not from the catalogue (${total} in all).`);
  }
  process.exit(found.length === 0 ? 0 : 1);
}

if (require.main === module) void main();
