/**
 * readingEachTabOnce keeps a tab as written: after writeBlock, the next readTab in the scope
 * returns exactly what a fresh read of the sheet returns, with no read where every written
 * value's read-back is certain, and a read where Sheets decides it (numbers, typed text).
 */
import fc from 'fast-check';
import { setup } from '../../../emulator/services/spreadsheet/test-setup';
import { readingEachTabOnce, readTab, readTable, writeBlock } from '../../../src/services/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function tab() {
  const { ss, sheet } = setup();
  sheet.setName('Tab');
  sheet.getRange(1, 1, 3, 3).setValues([
    ['Date', 'Name', 'Status'],
    [new Date(Date.UTC(2026, 0, 7)), 'Ana', 'active'],
    [new Date(Date.UTC(2026, 0, 14)), 'Ben', 'ended'],
  ]);
  return {
    spreadsheet: ss as unknown as Spreadsheet,
    sheet: sheet as unknown as Sheet,
    fake: sheet,
  };
}

/** Dates as their instant: the emulator's dates are a subclass of Date, as Apps Script's are. */
const plain = (cells: readonly unknown[]) =>
  cells.map((cell) => (cell instanceof Date ? `date ${cell.getTime()}` : cell));

const certain = fc.oneof(
  fc.constant(''),
  fc.constantFrom('active', 'ended', 'newcomer-mentor', 'Co facilitator'),
  fc.string({ maxLength: 6 }).map((text) => `'${text}`),
  fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms)),
  fc.boolean(),
);
const decidedBySheets = fc.oneof(fc.integer(), fc.constantFrom('12', 'TRUE', '=1+1', '2026-01-07'));

const write = (value: fc.Arbitrary<unknown>) =>
  fc.record({
    row: fc.integer({ min: 1, max: 6 }),
    column: fc.integer({ min: 1, max: 5 }),
    values: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(value, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      ),
  });

describe('a tab written inside readingEachTabOnce', () => {
  it('reads back as a fresh read would, without reading again when the values are certain', () => {
    fc.assert(
      fc.property(fc.array(write(certain), { minLength: 1, maxLength: 4 }), (writes) => {
        const { spreadsheet, sheet, fake } = tab();
        const reads = jest.spyOn(fake, 'getDataRange');
        readingEachTabOnce(() => {
          const before = readTab(spreadsheet, 'Tab');
          const snapshot = JSON.stringify([before.headers, before.rows]);
          for (const { row, column, values } of writes) {
            writeBlock(sheet, row, column, values);
            const cached = readTab(spreadsheet, 'Tab');
            const fresh = readTable(sheet);
            expect(plain(cached.headers)).toEqual(plain(fresh.headers));
            expect(cached.rows.map(plain)).toEqual(fresh.rows.map(plain));
          }
          // A table handed out earlier never changes.
          expect(JSON.stringify([before.headers, before.rows])).toBe(snapshot);
        });
        // One read in the scope; the others above are the test's own fresh reads.
        expect(reads).toHaveBeenCalledTimes(1 + writes.length);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the tab again after a value whose read-back Sheets decides', () => {
    fc.assert(
      fc.property(write(decidedBySheets), ({ row, column, values }) => {
        const { spreadsheet, sheet, fake } = tab();
        readingEachTabOnce(() => {
          readTab(spreadsheet, 'Tab');
          writeBlock(sheet, row, column, values);
          const reads = jest.spyOn(fake, 'getDataRange');
          const again = readTab(spreadsheet, 'Tab');
          expect(reads).toHaveBeenCalledTimes(1);
          expect(again.rows.map(plain)).toEqual(readTable(sheet).rows.map(plain));
        });
      }),
      { numRuns: 30 },
    );
  });
});
