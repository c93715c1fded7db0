/** Shared set-up for the SpreadsheetApp tests: a context, the service, one bound spreadsheet. */
import { createTestingContext, TestingContextOptions } from '../testing-context';
import { createSpreadsheetService } from './index';

export function setup(options: TestingContextOptions = {}) {
  const ctx = createTestingContext(options);
  const service = createSpreadsheetService(ctx);
  const ss = service.createSpreadsheet('Peer Circle');
  service.setActive(ss);
  return { ctx, service, ss, app: service.app, sheet: ss.getSheets()[0] };
}
