/**
 * Person-facing wording about who runs the group's triggers and about Check installation (the
 * message catalogue takes these over). Plain words: what is the case, and what to do.
 */

const day = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(ms));
  return parts;
};

export const TRIGGER_TEXT = {
  /** Set up's dialog: whose account sends the reminders. */
  sentFrom: (account: string, hour: number, timeZone: string) =>
    account === ''
      ? `Reminder emails are sent from the account that ran Set up, and count against its daily email quota. The daily run happens between ${pad(hour)}:00 and ${pad(hour + 1)}:00, ${timeZone} time.`
      : `Reminder emails are sent from ${account} (the account that ran Set up), and count against its daily email quota. The daily run happens between ${pad(hour)}:00 and ${pad(hour + 1)}:00, ${timeZone} time.`,
  otherOwner: (owner: string) =>
    `Peer Circle already runs from ${owner}'s account: the daily run, the form processing and the reminder emails (sent from ${owner}). Nothing was installed for your account, so nothing runs or is sent twice. If ${owner} can no longer run it, its daily run stops; once it has not run for three days, running Set up from your account moves Peer Circle to your account.`,
  tookOver: (previous: string) =>
    `${previous}'s daily run had stopped, so Peer Circle now runs from your account: reminders are sent from your address from now on.`,
  rescheduled: (hour: number, timeZone: string) =>
    `Daily run: now at ${pad(hour)}:00 in the spreadsheet's time zone (${timeZone}).`,
  removedOwn: (count: number) =>
    `Removed ${count} Peer Circle trigger(s) of your account: another account runs the group.`,
  day,
} as const;

function pad(hour: number): string {
  return String(hour % 24).padStart(2, '0');
}
