/**
 * A test-side attacker (issue 13 item 9). It is given everything Peer Circle publishes for one
 * group at the same time — the outcome tabs (whole history) and every saved report — and tries
 * to get back each suppressed figure and each member's score:
 *
 * - linear relations inside a row: follow-up − baseline = change, the midpoint of the
 *   confidence interval = the mean change;
 * - counts bounded by an integer linear programme (javascript-lp-solver) over every count
 *   published anywhere: improved + unchanged + worse = n, the months' new members adding up to
 *   the period's total, and a calendar month counted alike by every publication that covers it
 *   whole; a hidden count is recovered when its lowest and highest feasible values agree and
 *   that value is below the minimum group size (zero included) — a count of at least that many
 *   members, hidden only beside another, discloses nothing when worked out, and a count
 *   another publication shows over the very same days is published, not recovered;
 * - identical values: a shown mean whose members all have the same value is each member's value;
 * - differencing: any two publications of the same mean (an instrument's baseline, follow-up or
 *   change; a month's mood, coping or support) over different periods give, by n × mean, the sum
 *   of the members whose contribution differs between them; when fewer than the minimum group
 *   size of members differ, that is a figure about too few members (one member: their score).
 *
 * Cells carry exact values (issue 13 item 10), so the attacker reads them exactly; "pinned to
 * within the rounding" is then "pinned". The attacker reads cells as a reader does: a suppressed
 * cell does not say whether it is small or hidden beside another. What each member contributed
 * (Truth) is used only to judge whether a differencing or identical-values attack succeeded.
 */
import solver from 'javascript-lp-solver';

export type Value =
  | { readonly kind: 'shown'; readonly value: number }
  | { readonly kind: 'hidden'; readonly reason: HiddenReason }
  | { readonly kind: 'none' };

/**
 * What a suppressed cell's text says (issue 16 item 4: each says its true reason): a count
 * "fewer than" the minimum is below it; a complementary count was shown-sized (at least the
 * minimum); an identical-values mean is every member's own value.
 */
export type HiddenReason = 'small' | 'complementary' | 'identical';

export interface GrowthRow {
  readonly n: Value;
  readonly baseline: Value;
  readonly followUp: Value;
  readonly change: Value;
  readonly lower: Value;
  readonly upper: Value;
  readonly improved: Value;
  readonly unchanged: Value;
  readonly worse: Value;
}

export interface WellbeingRow {
  readonly members: Value;
  readonly means: Readonly<Record<'mood' | 'coping' | 'supported', Value>>;
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** One publication as its reader sees it. */
export interface Publication {
  readonly name: string;
  readonly period: Period;
  readonly growth: ReadonlyMap<string, GrowthRow>;
  readonly wellbeing: ReadonlyMap<string, WellbeingRow>;
  readonly newMembers: ReadonlyMap<string, Value>;
  readonly newMembersTotal: Value;
}

/**
 * What the test knows and the attacker does not: which member contributed which value to each
 * mean of each publication. Keys: `growth:<instrument>:<baseline|followUp|change>` and
 * `wellbeing:<month>:<measure>`.
 */
export type Truth = (publication: Publication, key: string) => ReadonlyMap<string, number>;

export interface Finding {
  readonly attack: string;
  readonly where: string;
  readonly detail: string;
}

export interface AuditResult {
  readonly findings: Finding[];
  readonly cellsChecked: number;
  readonly attacksTried: number;
  /** Hidden counts of at least minN members the programme pinned (not findings). */
  readonly complementsRecovered: number;
}

const GROWTH_MEANS = ['baseline', 'followUp', 'change'] as const;
const MEASURES = ['mood', 'coping', 'supported'] as const;
const TOLERANCE = 1e-6;

export function audit(
  publications: readonly Publication[],
  minN: number,
  truth: Truth,
): AuditResult {
  const state = {
    findings: [] as Finding[],
    cellsChecked: 0,
    attacksTried: 0,
    complementsRecovered: 0,
  };
  for (const publication of publications) rowRelations(publication, state);
  countProgramme(publications, minN, state);
  for (const publication of publications) identicalValues(publication, minN, truth, state);
  for (let i = 0; i < publications.length; i += 1) {
    for (let j = i + 1; j < publications.length; j += 1) {
      differencing(publications[i], publications[j], minN, truth, state);
    }
  }
  return state;
}

interface State {
  readonly findings: Finding[];
  cellsChecked: number;
  attacksTried: number;
  complementsRecovered: number;
}

function shownValue(value: Value): number | null {
  return value.kind === 'shown' ? value.value : null;
}

/** follow-up − baseline = change; (lower + upper) / 2 = change. */
function rowRelations(publication: Publication, state: State): void {
  for (const [instrument, row] of publication.growth) {
    const where = `${publication.name} growth ${instrument}`;
    const triple = [row.baseline, row.followUp, row.change];
    state.cellsChecked += [...triple, row.lower, row.upper].filter(
      (v) => v.kind === 'hidden',
    ).length;
    state.attacksTried += 2;
    const hidden = triple.filter((value) => value.kind === 'hidden').length;
    const shownCount = triple.filter((value) => value.kind === 'shown').length;
    if (hidden === 1 && shownCount === 2) {
      const which = GROWTH_MEANS[triple.findIndex((value) => value.kind === 'hidden')];
      state.findings.push({
        attack: 'follow-up − baseline = change',
        where,
        detail: `the hidden ${which} mean follows from the two shown`,
      });
    }
    const lower = shownValue(row.lower);
    const upper = shownValue(row.upper);
    if (row.change.kind === 'hidden' && lower !== null && upper !== null) {
      state.findings.push({
        attack: 'confidence interval midpoint',
        where,
        detail: `the hidden mean change is (${lower} + ${upper}) / 2`,
      });
    }
  }
}

interface CountCell {
  readonly where: string;
  readonly value: Value;
  /** The atoms (integer unknowns) the cell adds up. */
  readonly atoms: readonly string[];
}

/**
 * Every published count as a sum of integer unknowns. Growth counts are their own atoms per
 * publication (different periods pair different surveys); new members are split into atoms at
 * every month and period boundary, so a month or total published by two reports shares atoms.
 */
function countProgramme(publications: readonly Publication[], minN: number, state: State): void {
  const cells: CountCell[] = [];
  for (const publication of publications) {
    for (const [instrument, row] of publication.growth) {
      const prefix = `${publication.name}|${instrument}`;
      const parts = ['improved', 'unchanged', 'worse'] as const;
      for (const part of parts) {
        cells.push({
          where: `${publication.name} growth ${instrument} ${part}`,
          value: row[part],
          atoms: [`${prefix}|${part}`],
        });
      }
      if (parts.every((part) => row[part].kind !== 'none')) {
        cells.push({
          where: `${publication.name} growth ${instrument} n`,
          value: row.n,
          atoms: parts.map((part) => `${prefix}|${part}`),
        });
      }
    }
  }
  const boundaries = new Set<string>();
  for (const publication of publications) {
    boundaries.add(publication.period.from);
    boundaries.add(nextDay(publication.period.to));
    for (const month of publication.newMembers.keys()) {
      boundaries.add(`${month}-01`);
      boundaries.add(nextMonth(month));
    }
  }
  const cuts = [...boundaries].sort();
  const atomsWithin = (from: string, toExclusive: string): string[] =>
    cuts.slice(0, -1).flatMap((cut, index) => {
      const end = cuts[index + 1];
      return cut >= from && end <= toExclusive ? [`joined|${cut}|${end}`] : [];
    });
  for (const publication of publications) {
    const { from, to } = publication.period;
    const end = nextDay(to);
    for (const [month, value] of publication.newMembers) {
      const start = `${month}-01` > from ? `${month}-01` : from;
      const stop = nextMonth(month) < end ? nextMonth(month) : end;
      cells.push({
        where: `${publication.name} new members ${month}`,
        value,
        atoms: atomsWithin(start, stop),
      });
    }
    cells.push({
      where: `${publication.name} new members total`,
      value: publication.newMembersTotal,
      atoms: atomsWithin(from, end),
    });
  }

  const constraints: Record<string, { equal?: number; min?: number; max?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  const touch = (atom: string): Record<string, number> => {
    variables[atom] ??= {};
    ints[atom] = 1;
    return variables[atom];
  };
  cells.forEach((cell, index) => {
    cell.atoms.forEach(touch);
    const value = shownValue(cell.value);
    // What a hidden cell's text says bounds it too.
    const bound =
      value !== null
        ? { equal: value }
        : cell.value.kind === 'hidden' && cell.value.reason === 'small'
          ? { max: minN - 1 }
          : cell.value.kind === 'hidden' && cell.value.reason === 'complementary'
            ? { min: minN }
            : null;
    if (bound === null) return;
    constraints[`c${index}`] = bound;
    for (const atom of cell.atoms) touch(atom)[`c${index}`] = 1;
  });
  // A count hidden in one publication and shown in another over the same days is published,
  // not recovered: hiding it again is harmless and there is nothing to find.
  const shownElsewhere = new Set(
    cells.filter((cell) => cell.value.kind === 'shown').map((cell) => atomsKey(cell.atoms)),
  );
  for (const cell of cells) {
    if (cell.value.kind !== 'hidden' || shownElsewhere.has(atomsKey(cell.atoms))) continue;
    state.cellsChecked += 1;
    state.attacksTried += 1;
    const bound = (opType: 'max' | 'min'): number | null => {
      const model = {
        optimize: 'target',
        opType,
        constraints,
        variables: Object.fromEntries(
          Object.entries(variables).map(([atom, coefficients]) => [
            atom,
            { ...coefficients, target: cell.atoms.includes(atom) ? 1 : 0 },
          ]),
        ),
        ints,
      };
      const result = solver.Solve(model) as {
        feasible: boolean;
        bounded?: boolean;
        result: number;
      };
      if (!result.feasible) throw new Error(`the published counts are infeasible at ${cell.where}`);
      return result.bounded === false ? null : Number(result.result);
    };
    const highest = bound('max');
    if (highest === null) continue;
    const lowest = bound('min') ?? 0;
    if (highest - lowest < TOLERANCE && lowest >= minN) {
      // A count of at least minN members hidden only beside another (complementary, or for
      // overlap) and worked out: nothing about fewer than minN members is learnt from it.
      state.complementsRecovered += 1;
    } else if (highest - lowest < TOLERANCE) {
      state.findings.push({
        attack: 'integer programme over every published count',
        where: cell.where,
        detail: `the hidden count can only be ${lowest}`,
      });
    }
  }
}

function atomsKey(atoms: readonly string[]): string {
  return [...atoms].sort().join(' + ');
}

function meansOf(publication: Publication): Array<{ key: string; n: Value; mean: Value }> {
  const out: Array<{ key: string; n: Value; mean: Value }> = [];
  for (const [instrument, row] of publication.growth) {
    for (const which of GROWTH_MEANS) {
      out.push({ key: `growth:${instrument}:${which}`, n: row.n, mean: row[which] });
    }
  }
  for (const [month, row] of publication.wellbeing) {
    for (const measure of MEASURES) {
      out.push({ key: `wellbeing:${month}:${measure}`, n: row.members, mean: row.means[measure] });
    }
  }
  return out;
}

/** A shown mean of identical values is every member's own value. */
function identicalValues(publication: Publication, minN: number, truth: Truth, state: State): void {
  for (const { key, mean } of meansOf(publication)) {
    if (mean.kind !== 'shown') continue;
    state.cellsChecked += 1;
    state.attacksTried += 1;
    const values = [...truth(publication, key).values()];
    if (values.length < minN) {
      state.findings.push({
        attack: 'small cell',
        where: `${publication.name} ${key}`,
        detail: `a mean of ${values.length} members is shown`,
      });
    } else if (values.every((value) => Math.abs(value - values[0]) < TOLERANCE)) {
      state.findings.push({
        attack: 'identical values',
        where: `${publication.name} ${key}`,
        detail: `every member's value is the shown mean ${mean.value}`,
      });
    }
  }
}

/**
 * n × mean of one publication minus n × mean of the other is the sum over the members whose
 * contribution differs (joined, left, or a different follow-up or partial month).
 */
function differencing(
  first: Publication,
  second: Publication,
  minN: number,
  truth: Truth,
  state: State,
): void {
  const others = new Map(meansOf(second).map((entry) => [entry.key, entry]));
  for (const mine of meansOf(first)) {
    const theirs = others.get(mine.key);
    if (theirs === undefined) continue;
    const a = shownValue(mine.mean);
    const b = shownValue(theirs.mean);
    const na = shownValue(mine.n);
    const nb = shownValue(theirs.n);
    if (a === null || b === null || na === null || nb === null) continue;
    state.attacksTried += 1;
    const left = truth(first, mine.key);
    const right = truth(second, mine.key);
    const differing = new Set<string>();
    for (const [member, value] of left) {
      const other = right.get(member);
      if (other === undefined || Math.abs(other - value) > TOLERANCE) differing.add(member);
    }
    for (const member of right.keys()) if (!left.has(member)) differing.add(member);
    if (differing.size === 0 || differing.size >= minN) continue;
    const recovered = na * a - nb * b;
    const own =
      differing.size === 1
        ? [...differing].map((member) => left.get(member) ?? right.get(member))[0]
        : undefined;
    state.findings.push({
      attack: 'differencing two publications',
      where: `${first.name} vs ${second.name} ${mine.key}`,
      detail:
        `${differing.size} member(s) differ; n × mean gives ${recovered}` +
        (own === undefined ? '' : ` (one member's value is ${own})`),
    });
  }
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return mon === 12
    ? `${year + 1}-01-01`
    : `${String(year).padStart(4, '0')}-${String(mon + 1).padStart(2, '0')}-01`;
}

/**
 * The Community survey (issue 15 item 1): anonymous audiences' RIBS answers per event and per
 * quarter of the events' dates. Responses stand in for people. The attacker reads every
 * publication's event and quarter rows and tries:
 *
 * - small cells: a shown count or mean about fewer than the minimum responses;
 * - identical values: a shown mean of identical scores (each respondent's own score);
 * - row relations: a shown difference beside exactly one hidden mean gives it back, and so does
 *   the midpoint of a shown interval beside a hidden difference;
 * - subtraction: a shown quarter figure less the same figure of the quarter's shown events
 *   gives the hidden events' together: their count of responses (found when 1 to minN - 1),
 *   their sum of scores (found when it is over 1 to minN - 1 responses, or identical ones), and
 *   their "yes" answers (found when fewer than the minimum, zero included, over some responses);
 * - differencing: the same event, or the same quarter, in two publications with different
 *   shown values: the difference is a figure about the responses in one and not the other.
 */
export interface CommunityRow {
  readonly before: Value;
  readonly after: Value;
  readonly meanBefore: Value;
  readonly meanAfter: Value;
  readonly difference: Value;
  readonly lower: Value;
  readonly upper: Value;
  readonly yes: readonly Value[];
}

export interface CommunityPublication {
  readonly name: string;
  /** By event code. */
  readonly events: ReadonlyMap<string, CommunityRow & { readonly quarter: string }>;
  /** By quarter ("2026 Q1"). */
  readonly quarters: ReadonlyMap<string, CommunityRow>;
}

/** What the test knows: each event's responses (code as listed). */
export type CommunityTruth = (code: string) => ReadonlyArray<{
  readonly timing: 'before' | 'after';
  readonly intended: number;
  readonly yes: readonly boolean[];
}>;

const SIDES = ['before', 'after'] as const;

export function auditCommunity(
  publications: readonly CommunityPublication[],
  minN: number,
  truth: CommunityTruth,
): AuditResult {
  const state: State = { findings: [], cellsChecked: 0, attacksTried: 0, complementsRecovered: 0 };
  const find = (attack: string, where: string, detail: string) =>
    state.findings.push({ attack, where, detail });
  for (const publication of publications) {
    const quarterTruth = (quarter: string) =>
      [...publication.events]
        .filter(([, row]) => row.quarter === quarter)
        .flatMap(([code]) => truth(code));
    const rows: Array<[string, CommunityRow, ReturnType<CommunityTruth>]> = [
      ...[...publication.events].map(
        ([code, row]) =>
          [`event ${code}`, row, truth(code)] as [string, CommunityRow, ReturnType<CommunityTruth>],
      ),
      ...[...publication.quarters].map(
        ([quarter, row]) =>
          [`quarter ${quarter}`, row, quarterTruth(quarter)] as [
            string,
            CommunityRow,
            ReturnType<CommunityTruth>,
          ],
      ),
    ];
    for (const [label, row, responses] of rows) {
      const where = `${publication.name} ${label}`;
      for (const side of SIDES) {
        const values = responses.filter((r) => r.timing === side).map((r) => r.intended);
        const n = side === 'before' ? row.before : row.after;
        const meanCell = side === 'before' ? row.meanBefore : row.meanAfter;
        state.attacksTried += 2;
        if (n.kind === 'shown' && n.value < minN)
          find('small cell', where, `${side} n = ${n.value}`);
        if (meanCell.kind === 'shown' && values.length < minN)
          find('small cell', where, `${side} mean of ${values.length} responses`);
        if (meanCell.kind === 'shown' && values.length > 0 && values.every((v) => v === values[0]))
          find('identical values', where, `${side} mean ${meanCell.value} of identical scores`);
      }
      row.yes.forEach((cell, item) => {
        state.attacksTried += 1;
        if (cell.kind === 'shown' && (cell.value < minN || responses.length < minN))
          find('small cell', where, `item ${item + 1} yes = ${cell.value} of ${responses.length}`);
      });
      state.attacksTried += 2;
      const means = [row.meanBefore, row.meanAfter];
      if (row.difference.kind === 'shown' && means.filter((m) => m.kind === 'hidden').length === 1)
        find('row relation', where, 'a shown difference beside one hidden mean');
      if (
        row.difference.kind === 'hidden' &&
        row.lower.kind === 'shown' &&
        row.upper.kind === 'shown'
      )
        find('row relation', where, 'the interval midpoint gives the hidden difference');
      state.cellsChecked += [row.before, row.after, ...means, row.difference, ...row.yes].filter(
        (v) => v.kind === 'hidden',
      ).length;
    }
    for (const [quarter, row] of publication.quarters)
      subtraction(publication, quarter, row, minN, truth, find, state);
  }
  for (let i = 0; i < publications.length; i += 1)
    for (let j = i + 1; j < publications.length; j += 1) {
      const [a, b] = [publications[i], publications[j]];
      const pairs: Array<[string, CommunityRow | undefined, CommunityRow | undefined]> = [
        ...[...a.events.keys()].map(
          (code) =>
            [`event ${code}`, a.events.get(code), b.events.get(code)] as [
              string,
              CommunityRow | undefined,
              CommunityRow | undefined,
            ],
        ),
        ...[...a.quarters.keys()].map(
          (quarter) =>
            [`quarter ${quarter}`, a.quarters.get(quarter), b.quarters.get(quarter)] as [
              string,
              CommunityRow | undefined,
              CommunityRow | undefined,
            ],
        ),
      ];
      for (const [label, first, second] of pairs) {
        if (!first || !second) continue;
        const cells = (row: CommunityRow) => [
          row.before,
          row.after,
          row.meanBefore,
          row.meanAfter,
          row.difference,
          ...row.yes,
        ];
        const other = cells(second);
        cells(first).forEach((cell, k) => {
          state.attacksTried += 1;
          const them = other[k];
          if (
            cell.kind === 'shown' &&
            them.kind === 'shown' &&
            Math.abs(cell.value - them.value) > TOLERANCE
          )
            find(
              'differencing',
              `${a.name} / ${b.name} ${label}`,
              `cell ${k}: ${cell.value} vs ${them.value}`,
            );
        });
      }
    }
  return state;
}

function subtraction(
  publication: CommunityPublication,
  quarter: string,
  row: CommunityRow,
  minN: number,
  truth: CommunityTruth,
  find: (attack: string, where: string, detail: string) => void,
  state: State,
): void {
  const where = `${publication.name} quarter ${quarter}`;
  const events = [...publication.events].filter(([, event]) => event.quarter === quarter);
  for (const side of SIDES) {
    const nOf = (r: CommunityRow) => (side === 'before' ? r.before : r.after);
    const meanOf = (r: CommunityRow) => (side === 'before' ? r.meanBefore : r.meanAfter);
    const quarterN = nOf(row);
    state.attacksTried += 2;
    if (quarterN.kind === 'shown') {
      const hidden = events.filter(([, event]) => nOf(event).kind === 'hidden');
      const rest =
        quarterN.value - events.reduce((sum, [, event]) => sum + (shownValue(nOf(event)) ?? 0), 0);
      if (hidden.length > 0 && rest > 0 && rest < minN)
        find('subtraction', where, `${side}: hidden events hold ${rest} responses`);
    }
    const quarterMean = meanOf(row);
    if (quarterN.kind === 'shown' && quarterMean.kind === 'shown') {
      const hidden = events.filter(([, event]) => meanOf(event).kind !== 'shown');
      const shownN = events
        .filter(([, event]) => meanOf(event).kind === 'shown')
        .reduce((sum, [, event]) => sum + (shownValue(nOf(event)) ?? 0), 0);
      const count = quarterN.value - shownN;
      const values = hidden.flatMap(([code]) =>
        truth(code)
          .filter((r) => r.timing === side)
          .map((r) => r.intended),
      );
      if (count > 0 && count < minN)
        find('subtraction', where, `${side}: the sum of ${count} hidden responses' scores`);
      else if (values.length > 0 && values.every((v) => v === values[0]))
        find('subtraction', where, `${side}: hidden events' identical scores (${values[0]})`);
    }
  }
  row.yes.forEach((cell, item) => {
    state.attacksTried += 1;
    if (cell.kind !== 'shown') return;
    const hidden = events.filter(([, event]) => event.yes[item].kind !== 'shown');
    const rest =
      cell.value - events.reduce((sum, [, event]) => sum + (shownValue(event.yes[item]) ?? 0), 0);
    const responses = hidden.reduce((sum, [code]) => sum + truth(code).length, 0);
    if (responses > 0 && rest < minN)
      find(
        'subtraction',
        where,
        `item ${item + 1}: ${rest} yes among ${responses} hidden responses`,
      );
  });
}
