/**
 * computedOnce inside readingEachTabOnce: what is worked out of a tab is worked out once per
 * version of the tab, beside the rows (which later steps, such as retention's comment sweep of
 * Check-ins, still read); a write drops both.
 */
import { setup } from '../../../emulator/services/spreadsheet/test-setup';
import {
  computedOnce,
  readingEachTabOnce,
  readTab,
  writeBlock,
  type Table,
} from '../../../src/services/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function tab() {
  const { ss, sheet } = setup();
  sheet.setName('Tab');
  sheet.getRange(1, 1, 3, 2).setValues([
    ['Name', 'Status'],
    ['Ana', 'active'],
    ['Ben', 'ended'],
  ]);
  return {
    spreadsheet: ss as unknown as Spreadsheet,
    sheet: sheet as unknown as Sheet,
    fake: sheet,
  };
}

const names = (table: Table) => table.rows.map((row) => String(row[0]));

describe('computedOnce', () => {
  it('works a value out once per tab as read, and again after a write', () => {
    const { spreadsheet, sheet, fake } = tab();
    const reads = jest.spyOn(fake, 'getDataRange');
    const compute = jest.fn(names);
    readingEachTabOnce(() => {
      expect(computedOnce(spreadsheet, 'Tab', 'names', compute)).toEqual(['Ana', 'Ben']);
      expect(computedOnce(spreadsheet, 'Tab', 'names', compute)).toEqual(['Ana', 'Ben']);
      expect(compute).toHaveBeenCalledTimes(1);
      writeBlock(sheet, 4, 1, [['Cleo', 'active']]);
      expect(computedOnce(spreadsheet, 'Tab', 'names', compute)).toEqual(['Ana', 'Ben', 'Cleo']);
      expect(compute).toHaveBeenCalledTimes(2);
    });
    // The write's read-back was certain (plain words), so one read served the whole scope.
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('keeps the rows too: a step that reads the tab after the value was worked out reads nothing', () => {
    const { spreadsheet, fake } = tab();
    const reads = jest.spyOn(fake, 'getDataRange');
    const compute = jest.fn(names);
    readingEachTabOnce(() => {
      computedOnce(spreadsheet, 'Tab', 'names', compute);
      expect(names(readTab(spreadsheet, 'Tab'))).toEqual(['Ana', 'Ben']);
      expect(reads).toHaveBeenCalledTimes(1);
    });
  });

  it('outside a scope reads and works it out every time', () => {
    const { spreadsheet, fake } = tab();
    const reads = jest.spyOn(fake, 'getDataRange');
    const compute = jest.fn(names);
    computedOnce(spreadsheet, 'Tab', 'names', compute);
    computedOnce(spreadsheet, 'Tab', 'names', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
