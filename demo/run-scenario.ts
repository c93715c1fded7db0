/**
 * Runs a scenario through the compiled script in the emulator, the way a real group would:
 * the organiser opens the new spreadsheet and runs Set up from the menu, facilitators type into
 * tabs and click menu items, members submit the forms, and the daily trigger fires as the
 * virtual clock moves from one event to the next. Nothing here calls the script's functions
 * directly: every run starts from a menu click, a form submission or a trigger.
 */
import { Environment } from '../emulator/environment';
import { scenarioTimeToMs, localDate } from './local-time';
import { Progress, silentProgress } from './progress';
import { describeEvent } from './runner/describe-event';
import { FormDesk } from './runner/form-desk';
import { Journal } from './runner/journal';
import { MenuDesk, ReportCapture } from './runner/menu-desk';
import { MembersDesk } from './runner/members-desk';
import {
  addActivity,
  upsertWorkingGroup,
  clearSessions,
  editSession,
  fixReviewRow,
  approveStories,
  markContactRequestsDone,
  DemoStepError,
  pasteWording,
  settingValue,
  typeSettings,
} from './runner/sheet-desk';
import { reviewRowCount, SubmissionCounts } from './runner/tally';
import { EventOf, Scenario, ScenarioEvent } from './scenario-schema';

export type { ReportCapture } from './runner/menu-desk';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const SET_UP = 'Set up or repair';

export interface StepProblem {
  atMs: number;
  where: string;
  message: string;
}

export interface RunResult {
  scenario: Scenario;
  env: Environment;
  journal: Journal;
  report: ReportCapture | null;
  /** How the last click on "Generate report" went, if the scenario made one that could run. */
  reportRun: { ok: boolean; error: string | null } | null;
  /** Scenario steps the demo could not carry out (a person could not have either). */
  problems: StepProblem[];
  submissions: SubmissionCounts;
  startMs: number;
  endMs: number;
}

export class SetupFailed extends Error {}

export interface RunOptions {
  /** The compiled dist/Code.js. */
  code: string;
  progress?: Progress;
}

export function runScenario(scenario: Scenario, options: RunOptions): RunResult {
  return new ScenarioRun(scenario, options).run();
}

class ScenarioRun {
  private readonly timeZone: string;
  private readonly env: Environment;
  private readonly journal: Journal;
  private readonly members: MembersDesk;
  private readonly progress: Progress;
  private readonly startMs: number;
  private readonly endMs: number;
  private readonly forms: FormDesk;
  private readonly menus: MenuDesk;
  private readonly problems: StepProblem[] = [];
  private weekShown = 0;

  constructor(
    private readonly scenario: Scenario,
    options: RunOptions,
  ) {
    const { group } = scenario;
    this.timeZone = group.timeZone;
    this.startMs = scenarioTimeToMs(group.start, this.timeZone);
    this.endMs = scenarioTimeToMs(group.end, this.timeZone);
    this.env = new Environment({
      start: this.startMs,
      timeZone: this.timeZone,
      accountEmail: group.accountEmail,
      dailyMailQuota: group.dailyMailQuota,
      accountLanguage: group.accountLanguage,
      spreadsheetName: group.name,
    });
    this.env.load(options.code);
    this.journal = new Journal(this.env);
    this.members = new MembersDesk(this.env, scenario.members);
    this.forms = new FormDesk(this.env, this.journal, this.members, scenario.instrumentWording);
    this.progress = options.progress ?? silentProgress;
    this.menus = new MenuDesk(this.env, this.journal);
  }

  run(): RunResult {
    this.setUp();
    this.progress.step(
      `Simulating ${this.weeks()} weeks: ${this.scenario.timeline.length} events; the daily trigger fires every morning`,
    );
    this.scenario.timeline.forEach((event, index) => {
      this.advanceTo(scenarioTimeToMs(event.at, this.timeZone));
      this.perform(event, index);
    });
    this.advanceTo(this.endMs);
    this.showWeek(true);
    return {
      scenario: this.scenario,
      env: this.env,
      journal: this.journal,
      report: this.menus.report,
      reportRun: this.menus.reportRun,
      problems: this.problems,
      submissions: this.forms.counts,
      startMs: this.startMs,
      endMs: this.endMs,
    };
  }

  /**
   * Opens the sheet, runs Set up, types the group's settings and pasted wording, and runs Set up
   * again so the Survey form gains the instruments whose wording is now there.
   */
  private setUp(): void {
    this.progress.step('Opening the spreadsheet and running Peer Circle > Set up or repair');
    this.journal.step('The organiser opens the new spreadsheet');
    this.journal.capture(() => this.env.openSpreadsheet());
    this.journal.step(`Menu: Peer Circle > ${SET_UP}`);
    const first = this.journal.capture(() => this.env.clickMenu(SET_UP));
    if (!first.ok) throw new SetupFailed(`Set up or repair failed: ${first.error?.message}`);

    const settings: Record<string, string | number> = {
      'Group name': this.scenario.group.name,
      ...this.scenario.settings,
    };
    const meetingChanged = ['Meeting weekday', 'Meeting cadence', 'Meeting time'].some(
      (label) =>
        settings[label] !== undefined &&
        String(settings[label]).trim().toLowerCase() !==
          String(settingValue(this.env, label) ?? '')
            .trim()
            .toLowerCase(),
    );
    this.journal.step(`Settings tab: the organiser types ${Object.keys(settings).join(', ')}`);
    typeSettings(this.env, settings);
    if (meetingChanged) {
      const cleared = clearSessions(this.env);
      this.journal.step(
        `Sessions tab: ${cleared} session(s) generated from the default meeting day are deleted, for Set up to regenerate`,
      );
    }
    const wordingIds = Object.keys(this.scenario.instrumentWording);
    if (wordingIds.length > 0) {
      this.journal.step(`Instrument wording tab: wording pasted for ${wordingIds.length} item(s)`);
      const missing = pasteWording(this.env, this.scenario.instrumentWording);
      if (missing.length > 0)
        this.problem('instrumentWording', `the tab lists no row for ${missing.join(', ')}`);
    }
    this.journal.step(`Menu: Peer Circle > ${SET_UP} (again, to pick up settings and wording)`);
    const second = this.journal.capture(() => this.env.clickMenu(SET_UP));
    if (!second.ok)
      throw new SetupFailed(`Set up or repair (second run) failed: ${second.error?.message}`);
  }

  /** Lets time pass a week at a time (so progress shows), firing the daily trigger on the way. */
  private advanceTo(targetMs: number): void {
    while (this.env.clock.nowMs() < targetMs) {
      const nextWeek = this.startMs + (this.currentWeek() + 1) * WEEK_MS;
      this.journal.capture(() => this.env.advanceTo(Math.min(targetMs, nextWeek)));
      this.members.fillDoNotPair();
      this.showWeek(false);
    }
  }

  private currentWeek(): number {
    return Math.floor((this.env.clock.nowMs() - this.startMs) / WEEK_MS);
  }

  private weeks(): number {
    return Math.max(1, Math.ceil((this.endMs - this.startMs) / WEEK_MS));
  }

  private showWeek(final: boolean): void {
    const week = final ? this.weeks() : Math.min(this.currentWeek(), this.weeks());
    if (week <= this.weekShown) return;
    this.weekShown = week;
    this.progress.week({
      week,
      weeks: this.weeks(),
      date: localDate(this.env.clock.nowMs(), this.timeZone),
      members: this.members.addedCount,
      checkins: this.forms.counts.checkins,
      surveys: this.forms.counts.surveys,
      review: reviewRowCount(this.env),
      emails: this.env.mail.outbox().length,
      failures:
        this.env.executions.filter((execution) => !execution.ok).length + this.problems.length,
    });
  }

  private problem(where: string, message: string): void {
    this.problems.push({ atMs: this.env.clock.nowMs(), where, message });
    this.journal.note(`could not be done: ${where}: ${message}`);
    this.progress.note(`${where}: ${message}`);
  }

  private perform(event: ScenarioEvent, index: number): void {
    this.journal.step(
      describeEvent(
        event,
        (key) => this.members.member(key).name,
        (key) => this.members.member(key).email,
      ),
    );
    try {
      this.carryOut(event);
    } catch (error) {
      // A step a person could not do (no such row, a form refusing an answer) is reported and
      // the season goes on, as it would for a real group.
      this.problem(
        `timeline[${index}] (${event.type})`,
        error instanceof Error ? error.message : String(error),
      );
    }
    this.members.fillDoNotPair();
  }

  private carryOut(event: ScenarioEvent): void {
    switch (event.type) {
      case 'add-member':
        return this.members.add(event.member);
      case 'update-member':
        return this.members.update(event);
      case 'checkin':
      case 'survey':
      case 'raw-submission':
        return this.forms.submit(event);
      case 'feedback':
        return this.forms.submitFeedback(event);
      case 'community':
        return this.forms.submitCommunity(event);
      case 'approve-story': {
        const id = this.members.idOf(event.member);
        if (id === null)
          throw new DemoStepError(`${event.member} has no member id yet (no story to approve)`);
        return approveStories(this.env, id);
      }
      case 'activity':
        return this.activity(event);
      case 'working-group':
        return this.workingGroup(event);
      case 'session':
        editSession(this.env, event, this.meetingTime(), this.timeZone);
        return;
      case 'menu':
        return this.menus.click(event);
      case 'fix-review':
        return fixReviewRow(this.env, event);
      case 'contact-done': {
        const id = this.members.idOf(event.member);
        if (id === null)
          throw new DemoStepError(`${event.member} has no member id yet (nothing to mark done)`);
        return markContactRequestsDone(this.env, id);
      }
      case 'withdraw-consent':
        return this.members.withdrawConsent(event.member);
      case 'wait':
        return;
    }
  }

  private meetingTime(): string {
    const value = settingValue(this.env, 'Meeting time');
    // A typed time is stored as a date-time on Sheets' epoch day, in the sheet's time zone.
    if (value instanceof Date)
      return new Intl.DateTimeFormat('en-GB', {
        timeZone: this.timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(value);
    return String(value ?? '18:30');
  }

  private workingGroup(event: EventOf<'working-group'>): void {
    const ids = event.members.map((key) => this.members.idOf(key));
    upsertWorkingGroup(this.env, {
      ...event,
      memberIds: ids.filter((id): id is string => id !== null),
    });
  }

  private activity(event: EventOf<'activity'>): void {
    const ids = event.members.map((key) => this.members.idOf(key));
    const missing = event.members.filter((_, index) => ids[index] === null);
    if (missing.length > 0)
      this.journal.note(
        `Members involved without an id yet, left out: ${missing.map((key) => this.members.member(key).name).join(', ')}`,
      );
    addActivity(this.env, {
      ...event,
      memberIds: ids.filter((id): id is string => id !== null),
    });
  }
}
