/**
 * Logger and console, both captured into one emulator-side list with virtual timestamps, so a
 * test can check that no member's private data reaches the execution log.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/reference/base/console
 */
import { formatWithOptions, inspect } from 'node:util';
import { EmulatorContext } from '../../core/context';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogEntry {
  atMs: number;
  source: 'Logger' | 'console';
  level: LogLevel;
  message: string;
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  return inspect(value, { depth: 4, breakLength: Infinity });
}

/** Logger.log(format, values...) substitutes %s (Java-style) in order. */
function loggerMessage(data: unknown, values: unknown[]): string {
  if (values.length === 0) return stringify(data);
  let i = 0;
  return String(data).replace(/%s/g, () => (i < values.length ? stringify(values[i++]) : '%s'));
}

type LoggerMethods = 'log' | 'getLog' | 'clear';

export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, LoggerMethods> {
  /** What getLog returns: Logger messages since the last clear() (console is not included). */
  private readonly messages: string[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly entries: LogEntry[],
  ) {}

  // Logger.log accepts any object (Object data, Object... values).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  log(data: any, ...values: any[]): FakeLogger {
    this.ctx.meter.record('Logger', 'Logger.log');
    const message = loggerMessage(data, values);
    this.messages.push(message);
    this.entries.push({ atMs: this.ctx.clock.nowMs(), source: 'Logger', level: 'log', message });
    return this;
  }

  getLog(): string {
    this.ctx.meter.record('Logger', 'Logger.getLog');
    return this.messages.join('\n');
  }

  clear(): void {
    this.ctx.meter.record('Logger', 'Logger.clear');
    this.messages.length = 0;
  }
}

export interface FakeConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

function makeConsole(ctx: EmulatorContext, entries: LogEntry[]): FakeConsole {
  const write =
    (level: LogLevel) =>
    (...args: unknown[]): void => {
      ctx.meter.record('console', `console.${level}`);
      entries.push({
        atMs: ctx.clock.nowMs(),
        source: 'console',
        level,
        message: formatWithOptions({ depth: 4, breakLength: Infinity }, ...args),
      });
    };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
}

export interface LoggingServiceHandle {
  /** The script's `Logger`. */
  global: FakeLogger;
  /** The script's `console`. */
  console: FakeConsole;
  /** Every entry from Logger and console, oldest first (a copy). */
  entries(): LogEntry[];
  /** All messages, one per line, for a quick `toContain` / regex scan. */
  text(): string;
  clearEntries(): void;
}

export function createLoggingService(ctx: EmulatorContext): LoggingServiceHandle {
  const entries: LogEntry[] = [];
  return {
    global: new FakeLogger(ctx, entries),
    console: makeConsole(ctx, entries),
    entries: () => entries.map((e) => ({ ...e })),
    text: () => entries.map((e) => e.message).join('\n'),
    clearEntries: () => {
      entries.length = 0;
    },
  };
}
