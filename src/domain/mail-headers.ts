/**
 * Email header fields (subject, sender name) are single lines: a line break would split the
 * header, and MailApp refuses control characters there (shared/APPS-SCRIPT-NOTES.md, "Limits on
 * content"). Text a group typed (its name, a message subject from the Messages tab) goes through
 * here before it reaches MailApp.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** The text on one line: line breaks, tabs and other control characters become one space. */
export function headerText(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
