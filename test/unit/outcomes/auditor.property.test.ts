/**
 * The attacker of auditor.ts over generated groups (issue 13 items 8 and 9): 3 to 40 members,
 * minimum group sizes 3 to 6, members joining through the season, surveys and check-ins with
 * few distinct values (so identical values are common), saved reports over overlapping and
 * partial-month periods, and removed members (whose data and the saved reports that reached
 * them are gone, as Remove a member's data leaves it). Everything published at the same time is
 * read as its reader sees it: the outcome tabs cell by cell, each saved report's figures. The
 * attacker must recover nothing.
 *
 * Domain level, because that is where every figure is decided and it keeps 200+ groups fast;
 * the adapter passes the saved reports' periods in (app/outcomes.ts).
 */
import fc from 'fast-check';
import {
  buildGrowthAndStigma,
  buildParticipation,
  buildWellbeingTrend,
  wholeHistory,
  type Cell,
  type Figure,
  type OutcomeCheckIn,
  type OutcomeInput,
  type OutcomeMember,
  type OutcomeSurvey,
  type OutcomeTab,
} from '../../../src/domain/outcomes';
import { identicalValuesText, suppressedText } from '../../../src/domain/outcomes/format';
import { computeReportFigures } from '../../../src/domain/outcomes/report/report-figures';
import { INSTRUMENTS, type InstrumentId } from '../../../src/domain/instruments';
import { addDays } from '../../../src/domain/stats';
import {
  audit,
  type GrowthRow,
  type Period,
  type Publication,
  type Truth,
  type Value,
  type WellbeingRow,
} from './auditor';
import { columnIndex, findBlock } from './helpers';

const FIRST_SESSION = '2025-01-06';
const INSTRUMENT_IDS: InstrumentId[] = ['swemwbs', 'rses'];
type Measure = 'mood' | 'coping' | 'supported';
/** AUDITOR_RUNS and AUDITOR_SEED run a longer or another search by hand. */
const RUNS = Number(process.env.AUDITOR_RUNS ?? 220);
const SEED = Number(process.env.AUDITOR_SEED ?? 13);
const TALLY = process.env.AUDITOR_TALLY === '1';

/** A seeded generator (mulberry32): fast-check picks the seed and the shape of the group. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const groupArbitrary = fc.record({
  seed: fc.integer(),
  members: fc.integer({ min: 3, max: 40 }),
  weeks: fc.integer({ min: 6, max: 20 }),
  minGroupSize: fc.integer({ min: 3, max: 6 }),
  /** Few distinct values: identical values and small differences are common. */
  spread: fc.integer({ min: 0, max: 3 }),
  attendance: fc.double({ min: 0.3, max: 1, noNaN: true }),
  reports: fc.array(
    fc.record({ start: fc.nat({ max: 150 }), length: fc.integer({ min: 1, max: 150 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  removals: fc.nat({ max: 2 }),
});

type Group = typeof groupArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Scenario {
  readonly input: OutcomeInput;
  /** Saved reports in the order they were generated. */
  readonly reports: readonly Period[];
}

function scenario(group: Group): Scenario {
  const next = random(group.seed);
  const pick = (count: number) => Math.floor(next() * count);
  const today = addDays(FIRST_SESSION, 7 * (group.weeks - 1) + 3);
  const sessions = Array.from({ length: group.weeks }, (_, week) => ({
    date: addDays(FIRST_SESSION, 7 * week),
    status: pick(10) === 0 ? ('cancelled' as const) : ('held' as const),
  }));
  const members: OutcomeMember[] = [];
  const checkIns: OutcomeCheckIn[] = [];
  const surveys: OutcomeSurvey[] = [];
  const base: Partial<Record<InstrumentId, number>> = { swemwbs: 18 + pick(6), rses: 12 + pick(6) };
  for (let i = 0; i < group.members; i += 1) {
    const id = `m${i}`;
    // Four in ten founding members; the rest join through the season.
    const joinedOffset = pick(10) < 4 ? -pick(40) : pick(7 * group.weeks);
    const joined = addDays(FIRST_SESSION, joinedOffset);
    members.push({ id, joined, status: pick(8) === 0 ? 'left' : 'active' });
    const level = pick(group.spread + 1);
    for (const session of sessions) {
      if (session.date < joined || next() > group.attendance) continue;
      const answer = () => Math.min(5, 2 + level + pick(group.spread + 1));
      checkIns.push({
        memberId: id,
        sessionDate: session.date,
        participation: pick(6) === 0 ? 'Could not come' : 'In person',
        mood: answer(),
        coping: answer(),
        supported: answer(),
        outreach: pick(3) === 0,
      });
    }
    const baselineDate = joined < FIRST_SESSION ? addDays(FIRST_SESSION, pick(14)) : joined;
    const scores = (shift: number) =>
      Object.fromEntries(
        INSTRUMENT_IDS.map((instrument) => [
          instrument,
          pick(12) === 0 ? null : (base[instrument] ?? 0) + level + shift + pick(group.spread + 1),
        ]),
      );
    if (baselineDate > today) continue;
    surveys.push({ memberId: id, date: baselineDate, wave: 'baseline', scores: scores(0) });
    let date = baselineDate;
    for (let wave = 1; wave <= 3; wave += 1) {
      date = addDays(date, 7 * (3 + pick(6)));
      if (date > today) break;
      surveys.push({
        memberId: id,
        date,
        wave: `follow-up ${wave}`,
        scores: scores(pick(3) - 1 + wave),
      });
    }
  }
  const reportPeriods = group.reports.map(({ start, length }) => {
    const from = addDays(FIRST_SESSION, Math.min(start, 7 * group.weeks) - 14);
    const to = addDays(from, length);
    return { from, to: to > today ? today : to };
  });
  // Removing a member deletes their data and the saved reports whose period reached them.
  const removed = new Set(
    Array.from(
      { length: Math.min(group.removals, group.members) },
      () => `m${pick(group.members)}`,
    ),
  );
  const firstDate = (id: string) =>
    [
      ...members.filter((m) => m.id === id).map((m) => m.joined),
      ...surveys.filter((s) => s.memberId === id).map((s) => s.date),
      ...checkIns.filter((c) => c.memberId === id).map((c) => c.sessionDate),
    ].sort()[0];
  const removedFrom = [...removed].map(firstDate).filter((date) => date !== undefined);
  const kept = (id: string) => !removed.has(id);
  return {
    input: {
      members: members.filter((m) => kept(m.id)),
      sessions,
      checkIns: checkIns.filter((c) => kept(c.memberId)),
      surveys: surveys.filter((s) => kept(s.memberId)),
      activities: [],
      settings: {
        groupName: 'Circle',
        minGroupSize: group.minGroupSize,
        instruments: INSTRUMENT_IDS,
      },
      today,
    },
    reports: reportPeriods.filter((period) => removedFrom.every((date) => period.to < date)),
  };
}

function cellValue(cell: Cell | undefined, minN: number): Value {
  if (typeof cell === 'number') return { kind: 'shown', value: cell };
  if (typeof cell === 'object') return { kind: 'shown', value: cell.value };
  if (typeof cell === 'string' && cell.startsWith('suppressed')) {
    return {
      kind: 'hidden',
      reason:
        cell === identicalValuesText()
          ? 'identical'
          : cell === suppressedText(minN)
            ? 'small'
            : 'complementary',
    };
  }
  return { kind: 'none' };
}

function figureValue(figure: Figure): Value {
  switch (figure.kind) {
    case 'shown':
      return { kind: 'shown', value: figure.value };
    case 'suppressed':
      return {
        kind: 'hidden',
        reason:
          figure.reason === 'identical-values'
            ? 'identical'
            : figure.reason === 'fewer-than-minimum'
              ? 'small'
              : 'complementary',
      };
    case 'not-computable':
      return { kind: 'none' };
  }
}

function instrumentLabel(id: InstrumentId): string {
  const definition = INSTRUMENTS.find((candidate) => candidate.id === id);
  if (definition === undefined) throw new Error(`no instrument ${id}`);
  return `${definition.title} (${definition.shortTitle})`;
}

const labelToId = new Map(INSTRUMENT_IDS.map((id) => [instrumentLabel(id), id]));

/** The three outcome tabs, read cell by cell. */
function tabsPublication(input: OutcomeInput): Publication {
  const growthTab = buildGrowthAndStigma(input);
  const wellbeingTab = buildWellbeingTrend(input);
  const participationTab = buildParticipation(input);
  const column = (tab: OutcomeTab, heading: string, header: string) => {
    const found = findBlock(tab, heading);
    const index = columnIndex(found, header);
    return new Map(
      found.rows.map((row) => [String(row[0]), cellValue(row[index], input.settings.minGroupSize)]),
    );
  };
  const growthColumn = (header: string) =>
    column(growthTab, 'Change from baseline to latest follow-up', header);
  const columns = {
    n: growthColumn('Members with baseline and follow-up (n)'),
    baseline: growthColumn('Mean at baseline'),
    followUp: growthColumn('Mean at latest follow-up'),
    change: growthColumn('Mean change (follow-up − baseline)'),
    lower: growthColumn('95% CI lower'),
    upper: growthColumn('95% CI upper'),
    improved: growthColumn('Improved (reliable change)'),
    unchanged: growthColumn('No reliable change'),
    worse: growthColumn('Worse (reliable change)'),
  };
  const growth = new Map<string, GrowthRow>();
  for (const [label, id] of labelToId) {
    const get = (key: keyof typeof columns): Value => columns[key].get(label) ?? { kind: 'none' };
    growth.set(id, {
      n: get('n'),
      baseline: get('baseline'),
      followUp: get('followUp'),
      change: get('change'),
      lower: get('lower'),
      upper: get('upper'),
      improved: get('improved'),
      unchanged: get('unchanged'),
      worse: get('worse'),
    });
  }
  const wellbeingHeading = 'Group means per month (1-5, higher is better)';
  const members = column(wellbeingTab, wellbeingHeading, 'Members checking in (n)');
  const means = {
    mood: column(wellbeingTab, wellbeingHeading, 'Mean mood'),
    coping: column(wellbeingTab, wellbeingHeading, 'Mean coping'),
    supported: column(wellbeingTab, wellbeingHeading, 'Mean feeling supported'),
  };
  const wellbeing = new Map<string, WellbeingRow>(
    [...members].map(([month, n]) => [
      month,
      {
        members: n,
        means: {
          mood: means.mood.get(month) ?? { kind: 'none' },
          coping: means.coping.get(month) ?? { kind: 'none' },
          supported: means.supported.get(month) ?? { kind: 'none' },
        },
      },
    ]),
  );
  const summary = column(participationTab, 'Summary', 'Value');
  return {
    name: 'tabs',
    period: wholeHistory(input),
    growth,
    wellbeing,
    newMembers: column(participationTab, 'Members per month', 'New members'),
    newMembersTotal: summary.get('New members who joined') ?? { kind: 'none' },
  };
}

function reportPublication(input: OutcomeInput, period: Period, index: number): Publication {
  const figures = computeReportFigures({ ...input, period });
  return {
    name: `report ${index + 1} (${period.from} to ${period.to})`,
    period,
    growth: new Map(
      figures.growth.instruments.map((change) => [
        change.instrument.id,
        {
          n: figureValue(change.pairs),
          baseline: figureValue(change.meanBaseline),
          followUp: figureValue(change.meanFollowUp),
          change: figureValue(change.meanChange),
          lower: figureValue(change.confidenceLower),
          upper: figureValue(change.confidenceUpper),
          improved: figureValue(change.improved),
          unchanged: figureValue(change.unchanged),
          worse: figureValue(change.worse),
        },
      ]),
    ),
    wellbeing: new Map(
      figures.wellbeing.months.map((month) => [
        month.month,
        {
          members: figureValue(month.members),
          means: {
            mood: figureValue(month.means.mood),
            coping: figureValue(month.means.coping),
            supported: figureValue(month.means.supported),
          },
        },
      ]),
    ),
    newMembers: new Map(
      figures.participation.months.map((month) => [month.month, figureValue(month.newMembers)]),
    ),
    newMembersTotal: figureValue(figures.participation.newMembersTotal),
  };
}

/**
 * Everything published at once, as the app produces it: each report saw the reports saved
 * before it; the tabs, refreshed after, see them all.
 */
function publications(scenario: Scenario): Publication[] {
  const { input, reports } = scenario;
  return [
    tabsPublication({ ...input, publishedPeriods: reports }),
    ...reports.map((period, index) =>
      reportPublication({ ...input, publishedPeriods: reports.slice(0, index) }, period, index),
    ),
  ];
}

/** Which member gave which value to each mean, worked out here independently. */
function truthOf(input: OutcomeInput): Truth {
  const cache = new Map<string, ReadonlyMap<string, number>>();
  return (publication, key) => {
    const cacheKey = `${publication.period.from}|${publication.period.to}|${key}`;
    const known = cache.get(cacheKey);
    if (known) return known;
    const [table, what, part] = key.split(':');
    const { from, to } = publication.period;
    const values = new Map<string, number>();
    if (table === 'growth') {
      const instrument = what as InstrumentId;
      const scored = input.surveys.filter(
        (s) => typeof s.scores[instrument] === 'number' && s.date <= to,
      );
      for (const baseline of scored.filter((s) => s.wave === 'baseline')) {
        const later = scored
          .filter((s) => s.memberId === baseline.memberId && s.wave !== 'baseline')
          .filter((s) => s.date > baseline.date)
          .sort((a, b) => (a.date < b.date ? -1 : 1));
        const latest = later[later.length - 1];
        if (latest === undefined || latest.date < from) continue;
        const b = baseline.scores[instrument] as number;
        const f = latest.scores[instrument] as number;
        values.set(baseline.memberId, part === 'baseline' ? b : part === 'followUp' ? f : f - b);
      }
    } else {
      const measure = part as Measure;
      const own = new Map<string, number[]>();
      for (const c of input.checkIns) {
        if (c.sessionDate < from || c.sessionDate > to || !c.sessionDate.startsWith(what)) continue;
        own.set(c.memberId, [...(own.get(c.memberId) ?? []), c[measure]]);
      }
      for (const [member, answers] of own) {
        values.set(member, answers.reduce((sum, a) => sum + a, 0) / answers.length);
      }
    }
    cache.set(cacheKey, values);
    return values;
  };
}

describe('the auditor: nothing hidden can be recovered from everything published at once', () => {
  it(`finds nothing over ${RUNS} generated groups`, () => {
    const totals = {
      groups: 0,
      publications: 0,
      cellsChecked: 0,
      attacksTried: 0,
      complementsRecovered: 0,
    };
    const tally = new Map<string, number>();
    const firstOf = new Map<string, unknown>();
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const built = scenario(group);
        const published = publications(built);
        const result = audit(published, group.minGroupSize, truthOf(built.input));
        totals.groups += 1;
        totals.publications += published.length;
        totals.cellsChecked += result.cellsChecked;
        totals.attacksTried += result.attacksTried;
        totals.complementsRecovered += result.complementsRecovered;
        for (const finding of result.findings) {
          tally.set(finding.attack, (tally.get(finding.attack) ?? 0) + 1);
          if (!firstOf.has(finding.attack)) firstOf.set(finding.attack, finding);
        }
        // AUDITOR_TALLY=1 counts what the attacker finds in every group instead of stopping.
        if (!TALLY) expect(result.findings.slice(0, 5)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The figures of the closing note (issue 13); printed with --verbose.
    process.stdout.write(
      `auditor: ${totals.groups} groups, ${totals.publications} publications, ` +
        `${totals.cellsChecked} cells checked, ${totals.attacksTried} attacks tried, ` +
        `${totals.complementsRecovered} hidden counts of at least the minimum worked out\n`,
    );
    if (TALLY)
      process.stdout.write(
        `${JSON.stringify([...tally], null, 1)}\n${JSON.stringify([...firstOf], null, 1)}\n`,
      );
    expect(totals.groups).toBeGreaterThanOrEqual(200);
    expect(totals.cellsChecked).toBeGreaterThan(totals.groups);
  });
});

/** The attacker itself: each attack finds the leak it is built for (so a clean run means something). */
describe('the auditor catches the leaks it looks for', () => {
  const none: Value = { kind: 'none' };
  const show = (value: number): Value => ({ kind: 'shown', value });
  const hide: Value = { kind: 'hidden', reason: 'small' };
  const complement: Value = { kind: 'hidden', reason: 'complementary' };
  const row = (overrides: Partial<GrowthRow>): GrowthRow => ({
    n: show(5),
    baseline: show(20),
    followUp: show(22),
    change: show(2),
    lower: show(1),
    upper: show(3),
    improved: show(5),
    unchanged: hide,
    worse: hide,
    ...overrides,
  });
  const publication = (
    name: string,
    period: Period,
    growth: GrowthRow,
    newMembers: Array<[string, Value]> = [],
    newMembersTotal: Value = none,
  ): Publication => ({
    name,
    period,
    growth: new Map([['swemwbs', growth]]),
    wellbeing: new Map(),
    newMembers: new Map(newMembers),
    newMembersTotal,
  });
  const whole = { from: '2025-01-01', to: '2025-03-31' };
  const members = (count: number, value: (i: number) => number) =>
    new Map(Array.from({ length: count }, (_, i) => [`m${i}`, value(i)]));
  const attacks = (publications: Publication[], truth: Truth) =>
    audit(publications, 3, truth).findings.map((finding) => finding.attack);

  it('follow-up − baseline, and the interval midpoint', () => {
    const truth: Truth = () => members(5, (i) => i);
    const found = attacks([publication('tab', whole, row({ change: hide }))], truth);
    expect(found).toContain('follow-up − baseline = change');
    expect(found).toContain('confidence interval midpoint');
  });

  it('hidden zeros from shown cells adding up to the total', () => {
    const truth: Truth = () => members(5, (i) => i);
    const found = attacks(
      [
        publication(
          'tab',
          whole,
          row({ lower: hide, upper: hide, change: hide, baseline: hide, followUp: hide }),
        ),
      ],
      truth,
    );
    // improved 5 of n 5: both hidden cells must be 0.
    expect(found.filter((attack) => attack.startsWith('integer'))).toHaveLength(2);
  });

  it('a hidden month from a total elsewhere', () => {
    const truth: Truth = () => members(5, (i) => i);
    const quiet = row({ improved: hide, unchanged: hide, worse: hide });
    const tab = publication(
      'tab',
      whole,
      quiet,
      [
        ['2025-01', hide],
        ['2025-02', show(4)],
        ['2025-03', hide],
      ],
      complement,
    );
    const report = publication(
      'report',
      { from: '2025-01-01', to: '2025-02-28' },
      quiet,
      [
        ['2025-01', hide],
        ['2025-02', show(4)],
      ],
      show(6),
    );
    // January = 6 − 4 = 2 (and shown nowhere).
    expect(attacks([tab, report], truth)).toContain('integer programme over every published count');
  });

  it('one member between two periods, and a mean of identical values', () => {
    const quiet = row({ improved: hide, unchanged: hide, worse: hide });
    const tab = publication('tab', whole, { ...quiet, n: show(6) });
    const report = publication('report', { from: '2025-02-01', to: '2025-03-31' }, quiet);
    const truth: Truth = (p) => members(p.name === 'tab' ? 6 : 5, (i) => i);
    expect(attacks([tab, report], truth)).toContain('differencing two publications');
    expect(attacks([tab], () => members(6, () => 4))).toContain('identical values');
  });
});
