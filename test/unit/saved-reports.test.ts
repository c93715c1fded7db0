import {
  MAX_REMEMBERED_REPORTS,
  parseSavedReports,
  reportsIncluding,
  SAVED_REPORT_TEXT,
  SavedReport,
  withSavedReport,
} from '../../src/domain/saved-reports';

const report = (id: string, from = '2026-01-01', to = '2026-03-31'): SavedReport => ({
  id,
  name: `Report ${id}`,
  from,
  to,
});

describe('parseSavedReports', () => {
  it('reads what it stored back', () => {
    const reports = [report('a'), { ...report('b'), url: 'https://drive/b' }];
    expect(parseSavedReports(JSON.stringify(reports))).toEqual(reports);
  });

  it.each([null, '', '   ', 'not json', '{"id":"a"}', '42', 'null'])(
    'reads %p as no reports',
    (stored) => {
      expect(parseSavedReports(stored)).toEqual([]);
    },
  );

  it('drops entries that are not whole, keeping the rest', () => {
    const good = report('ok');
    const stored = JSON.stringify([
      null,
      'text',
      7,
      { ...good, id: 1 },
      { ...good, name: null },
      { ...good, from: 20260101 },
      { ...good, to: undefined },
      { ...good, from: '2026-02-30' },
      { ...good, to: '31/03/2026' },
      { ...good, from: ['2026-01-01'] },
      { ...good, to: ['2026-03-31'] },
      good,
    ]);
    expect(parseSavedReports(stored)).toEqual([good]);
  });

  it('keeps a url only when it is text, and no other field', () => {
    const parsed = parseSavedReports(
      JSON.stringify([
        { ...report('a'), url: 5, extra: 'x' },
        { ...report('b'), url: '' },
      ]),
    );
    expect(parsed[0]).toEqual(report('a'));
    expect('url' in parsed[0]).toBe(false);
    expect(parsed[1]).toEqual({ ...report('b'), url: '' });
  });
});

describe('withSavedReport', () => {
  it('adds at the end and replaces an entry with the same id', () => {
    const updated = withSavedReport([report('a'), report('b')], report('a', '2026-04-01'));
    expect(updated.map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(updated[1].from).toBe('2026-04-01');
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const many = Array.from({ length: MAX_REMEMBERED_REPORTS }, (_, i) => report(`r${i}`));
    const updated = withSavedReport(many, report('new'));
    expect(updated).toHaveLength(MAX_REMEMBERED_REPORTS);
    expect(updated[0].id).toBe('r1');
    expect(updated[updated.length - 1].id).toBe('new');
    expect(withSavedReport(many.slice(1), report('new'))).toHaveLength(MAX_REMEMBERED_REPORTS);
    expect(MAX_REMEMBERED_REPORTS).toBe(60);
  });
});

describe('reportsIncluding', () => {
  const reports = [
    report('before', '2026-01-01', '2026-02-28'),
    report('edge', '2026-01-01', '2026-03-01'),
    report('after', '2026-03-02', '2026-04-30'),
  ];
  it('keeps the reports whose period ends on or after the first date', () => {
    expect(reportsIncluding(reports, '2026-03-01').map((entry) => entry.id)).toEqual([
      'edge',
      'after',
    ]);
  });
  it('keeps every report when no date is known', () => {
    expect(reportsIncluding(reports, null)).toEqual(reports);
  });
});

describe('SAVED_REPORT_TEXT', () => {
  const two = [report('a', '2026-01-01', '2026-01-31'), report('b', '2026-02-01', '2026-02-28')];
  it('names each period deleted and tells one from many', () => {
    const text = SAVED_REPORT_TEXT.deleted(two);
    expect(text).toContain('2026-01-01');
    expect(text).toContain('2026-01-31');
    expect(text).toContain('2026-02-28');
    expect(text).toMatch(/\b2\b/);
    // The two periods are kept apart, not run together.
    expect(text).not.toContain('2026-01-312026-02-01');
    expect(SAVED_REPORT_TEXT.deleted([two[0]])).toMatch(/\b1\b/);
  });
  it('names each report to delete by hand, with its link when there is one', () => {
    const text = SAVED_REPORT_TEXT.deleteByHand([{ ...two[0], url: 'https://drive/a' }, two[1]]);
    expect(text).toContain('Report a (https://drive/a)');
    expect(text).toContain('Report b');
    expect(text).not.toContain('Report b (');
    expect(text).toContain('2');
    expect(SAVED_REPORT_TEXT.deleteByHand([two[0]])).not.toMatch(/\b2\b/);
  });
});
