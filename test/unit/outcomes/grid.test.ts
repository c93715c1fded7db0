import { toGrid, CHART_HEIGHT_ROWS, type OutcomeTab } from '../../../src/domain/outcomes';
import { buildParticipation } from '../../../src/domain/outcomes';
import { INPUT } from './fixtures';

const SMALL_TAB: OutcomeTab = {
  title: 'Outcomes: Test',
  refreshedNote: 'Covers everything.',
  blocks: [
    {
      heading: 'First',
      header: ['Month', 'A', 'B'],
      rows: [
        ['2024-01', 1, 2],
        ['2024-02', 'suppressed (fewer than 5)', 3],
      ],
      chart: { type: 'line', title: 'A and B', categoryColumn: 0, seriesColumns: [1, 2] },
      notes: ['A note.'],
    },
    {
      heading: 'Second',
      header: ['Name', 'Count'],
      rows: [
        ['=HYPERLINK("x")', 4],
        ['-5 Club', 1],
      ],
    },
    {
      heading: 'Empty',
      header: ['Month', 'C'],
      rows: [],
      chart: { type: 'column', title: 'Nothing', categoryColumn: 0, seriesColumns: [1] },
    },
  ],
};

describe('toGrid', () => {
  const grid = toGrid(SMALL_TAB, '2024-04-15 07:00');

  it('stacks the title, refresh stamp, note and blocks with a blank row between blocks', () => {
    // Every string is written as text (leading apostrophe), so "=HYPERLINK" or "-5 Club" never
    // runs as a formula and "2024-01" never becomes a date.
    expect(grid.values).toEqual([
      ["'Outcomes: Test", '', ''],
      ["'Last refreshed: 2024-04-15 07:00", '', ''],
      ["'Covers everything.", '', ''],
      ['', '', ''],
      ["'First", '', ''],
      ["'Month", "'A", "'B"],
      ["'2024-01", 1, 2],
      ["'2024-02", "'suppressed (fewer than 5)", 3],
      ["'A note.", '', ''],
      ['', '', ''],
      ["'Second", '', ''],
      ["'Name", "'Count", ''],
      ['\'=HYPERLINK("x")', 4, ''],
      ["'-5 Club", 1, ''],
      ['', '', ''],
      ["'Empty", '', ''],
      ["'Month", "'C", ''],
    ]);
    expect(grid.headingRows).toEqual([4, 10, 15]);
    expect(grid.headerRows).toEqual([5, 11, 16]);
  });

  it('anchors each chart over its own block, to the right of the widest block', () => {
    expect(grid.charts).toEqual([
      {
        type: 'line',
        title: 'A and B',
        headerRow: 5,
        firstDataRow: 6,
        lastDataRow: 7,
        categoryColumn: 0,
        seriesColumns: [1, 2],
        hasTextCells: true,
        position: { row: 4, column: 4 },
      },
    ]);
  });

  it('gives every row of a real tab the same width and places stacked charts apart', () => {
    const participation = toGrid(buildParticipation(INPUT), 'now');
    const widths = new Set(participation.values.map((row) => row.length));
    expect(widths).toEqual(new Set([6]));
    expect(participation.charts).toHaveLength(3);
    participation.charts.forEach((chart, i) => {
      expect(participation.values[chart.headerRow].slice(0, 1)).toEqual([
        participation.values[chart.firstDataRow - 1][0],
      ]);
      expect(chart.lastDataRow).toBeGreaterThanOrEqual(chart.firstDataRow);
      if (i > 0) {
        expect(
          chart.position.row - participation.charts[i - 1].position.row,
        ).toBeGreaterThanOrEqual(CHART_HEIGHT_ROWS);
      }
    });
    // The attendance chart's category column holds the session dates.
    const attendance = participation.charts[0];
    expect(participation.values[attendance.firstDataRow][attendance.categoryColumn]).toBe(
      "'2024-01-08",
    );
    expect(participation.values[attendance.headerRow][attendance.seriesColumns[0]]).toBe(
      "'Attended (in person or online)",
    );
  });
});
