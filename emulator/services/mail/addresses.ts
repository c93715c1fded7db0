/**
 * Recipient lists as MailApp takes them: comma-separated addresses, each optionally in the
 * `Name <address>` form.
 */

/** Deliberately plain: one @, no spaces, a dot in the domain. */
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

export function splitRecipients(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The bare address of `Name <a@b.org>` or `a@b.org`. */
export function bareAddress(recipient: string): string {
  const angle = /<([^>]*)>\s*$/.exec(recipient);
  return (angle ? angle[1] : recipient).trim();
}

export function isValidAddress(recipient: string): boolean {
  return ADDRESS.test(bareAddress(recipient));
}
