/**
 * The per-call latency model behind the estimated Apps Script time, and the estimate itself.
 * The figures are the ones the emulator's meter charges (emulator/core/meter.ts) as virtual
 * time; they are restated here with their sources so results.json and the README carry them.
 * Estimated Apps Script time = the meter's charged latency + the Node compute time measured.
 */
export interface LatencyFigure {
  calls: string;
  cost: string;
  source: string;
}

const BEST_PRACTICES = 'https://developers.google.com/apps-script/guides/support/best-practices';
const SCRIPTDB_VS_SHEETS =
  'Stack Overflow, "What is faster: ScriptDb or SpreadsheetApp?" (mirror: https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp)';
const PROPERTIES = 'https://ziritione.org/post/apps_script_performance (100 runs)';

export const LATENCY_MODEL: readonly LatencyFigure[] = [
  {
    calls: 'range read or write (getValues, setValues, getDisplayValues, getFormulas)',
    cost: '10 ms + 0.5 µs per cell',
    source: `${BEST_PRACTICES}: 10,000 single-cell calls took ~70 s (~7 ms a call) against ~1 s batched; ${SCRIPTDB_VS_SHEETS}: one 4,000-cell setValues under 50 ms. The per-cell figure is an assumption (see the 5 µs column).`,
  },
  {
    calls: 'SpreadsheetApp.flush',
    cost: '600 ms',
    source: `${SCRIPTDB_VS_SHEETS}: adding flush() took the same write from under 50 ms to 610 ms`,
  },
  {
    calls: 'Properties get / set',
    cost: '30 ms / 60 ms',
    source: `${PROPERTIES}: getProperty 30 ms, setProperty 62 ms on average`,
  },
  {
    calls: 'MailApp.sendEmail',
    cost: '100 ms',
    source: 'assumption (no public measurement found); charged per email',
  },
  {
    calls: 'any other call (getSheetByName, getRange, getLastRow, formatting, locks ...)',
    cost: '5 ms (+ 0.5 µs per cell where the call covers cells)',
    source: `assumption, below the ~7 ms per call of ${BEST_PRACTICES}`,
  },
];

/** Apps Script's limit per execution: 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** The per-cell cost of the model, and a pessimistic one to show how much it matters. */
export const MODEL_PER_CELL_MS = 0.0005;
export const PESSIMISTIC_PER_CELL_MS = 0.005;

export interface Estimate {
  /** Charged service latency + Node compute (ms). */
  appsScriptMs: number;
  /** The same with 5 µs per cell moved instead of 0.5 µs. */
  pessimisticCellsMs: number;
  /** What is left under the 6-minute limit (ms), by the model. */
  marginMs: number;
}

export function estimate(serviceMs: number, computeMs: number, cellsMoved: number): Estimate {
  const appsScriptMs = serviceMs + computeMs;
  return {
    appsScriptMs,
    pessimisticCellsMs: appsScriptMs + cellsMoved * (PESSIMISTIC_PER_CELL_MS - MODEL_PER_CELL_MS),
    marginMs: EXECUTION_LIMIT_MS - appsScriptMs,
  };
}
