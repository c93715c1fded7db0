/**
 * What happened, in order, for log.txt: each scenario step, each execution it caused (handler,
 * kind, outcome, virtual elapsed time) with what that execution put on screen and logged.
 * Everything is stamped with the virtual clock, so two runs of one scenario log the same bytes.
 */
import type { Environment, ExecutionRecord } from '../../emulator/environment';
import type { LogEntry } from '../../emulator/services/utilities/logging';

export interface ExecutionEntry {
  kind: 'execution';
  record: ExecutionRecord;
  /** Toasts, alerts, prompts and dialogs, in the words the person at the sheet saw. */
  screen: string[];
  logs: LogEntry[];
}

export type JournalEntry =
  | { kind: 'step'; atMs: number; text: string }
  | { kind: 'note'; atMs: number; text: string }
  | ExecutionEntry;

interface Marks {
  executions: number;
  toasts: number;
  alerts: number;
  prompts: number;
  dialogs: number;
  logs: number;
}

function marks(env: Environment): Marks {
  const ui = env.sheets.ui;
  return {
    executions: env.executions.length,
    toasts: ui.toasts.length,
    alerts: ui.alerts.length,
    prompts: ui.prompts.length,
    dialogs: ui.dialogs.length,
    logs: env.logging.entries().length,
  };
}

function screenSince(env: Environment, before: Marks): string[] {
  const ui = env.sheets.ui;
  return [
    ...ui.prompts
      .slice(before.prompts)
      .map(
        (prompt) =>
          `prompt "${prompt.title}": ${prompt.prompt} -> typed "${prompt.text}", clicked ${prompt.response}`,
      ),
    ...ui.alerts
      .slice(before.alerts)
      .map((alert) => `alert "${alert.title}": ${alert.prompt.replace(/\n/g, ' / ')}`),
    ...ui.toasts.slice(before.toasts).map((toast) => `toast: ${toast.message}`),
    ...ui.dialogs
      .slice(before.dialogs)
      .map(
        (dialog) =>
          `${dialog.kind} dialog "${dialog.title}" (${dialog.html.length} characters of HTML)`,
      ),
  ];
}

export class Journal {
  readonly entries: JournalEntry[] = [];

  constructor(private readonly env: Environment) {}

  step(text: string): void {
    this.entries.push({ kind: 'step', atMs: this.env.clock.nowMs(), text });
  }

  note(text: string): void {
    this.entries.push({ kind: 'note', atMs: this.env.clock.nowMs(), text });
  }

  /**
   * Runs `action` and files the executions it caused. Log entries go to the execution whose
   * virtual time window holds them; what was shown on screen goes to the last execution, since
   * only menu runs (one execution each) can show anything.
   */
  capture<T>(action: () => T): T {
    const before = marks(this.env);
    try {
      return action();
    } finally {
      this.file(before);
    }
  }

  executions(): ExecutionEntry[] {
    return this.entries.filter((entry): entry is ExecutionEntry => entry.kind === 'execution');
  }

  private file(before: Marks): void {
    const records = this.env.executions.slice(before.executions);
    const logs = this.env.logging.entries().slice(before.logs);
    const screen = screenSince(this.env, before);
    const filed: ExecutionEntry[] = records.map((record) => ({
      kind: 'execution',
      record,
      screen: [],
      logs: [],
    }));
    for (const entry of logs) {
      const owner =
        filed.find(
          ({ record }) =>
            entry.atMs >= record.startedAtMs && entry.atMs <= record.startedAtMs + record.elapsedMs,
        ) ?? filed[filed.length - 1];
      if (owner) owner.logs.push(entry);
      else
        this.entries.push({
          kind: 'note',
          atMs: entry.atMs,
          text: `${entry.source}.${entry.level}: ${entry.message}`,
        });
    }
    const last = filed[filed.length - 1];
    if (last) last.screen.push(...screen);
    else for (const line of screen) this.note(line);
    this.entries.push(...filed);
  }
}
