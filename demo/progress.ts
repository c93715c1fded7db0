/**
 * Progress while the season runs: one line per simulated week, and notes for anything the
 * person running the demo should know about as it happens (a step that could not be done, a failed run).
 * Written to stderr so the summary on stdout stays clean for piping.
 */
export interface WeekTally {
  week: number;
  weeks: number;
  date: string;
  members: number;
  checkins: number;
  surveys: number;
  review: number;
  emails: number;
  failures: number;
}

export interface Progress {
  step(text: string): void;
  week(tally: WeekTally): void;
  note(text: string): void;
}

export const silentProgress: Progress = {
  step: () => undefined,
  week: () => undefined,
  note: () => undefined,
};

export function streamProgress(write: (line: string) => void): Progress {
  return {
    step: (text) => write(`» ${text}\n`),
    note: (text) => write(`  ! ${text}\n`),
    week: (t) => {
      const width = String(t.weeks).length;
      const done = Math.round((20 * t.week) / Math.max(1, t.weeks));
      const bar = `[${'#'.repeat(done)}${'.'.repeat(20 - done)}]`;
      write(
        `  ${bar} week ${String(t.week).padStart(width)}/${t.weeks}  ${t.date}  members ${t.members}  check-ins ${t.checkins}  surveys ${t.surveys}  review ${t.review}  emails ${t.emails}  failures ${t.failures}\n`,
      );
    },
  };
}
