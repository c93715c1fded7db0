/**
 * Each email the script sent, as an .eml file any mail client opens: RFC 5322 headers and a
 * MIME body (multipart/alternative when there is an HTML version), quoted-printable, CRLF.
 * Message-IDs and boundaries come from the message's place in the outbox and its virtual send
 * time, so the same run writes the same bytes.
 */
import type { SentMessage } from '../../emulator/services/mail/mail-service';
import { CRLF, mailbox, quotedPrintable, rfc5322Date, textHeader } from './mime';

const MESSAGE_ID_DOMAIN = 'peer-circle-demo.invalid';

function part(contentType: string, body: string): string {
  return [
    `Content-Type: ${contentType}; charset=UTF-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(body),
  ].join(CRLF);
}

/** `sequence` is the message's 1-based place in the outbox. */
export function emlFor(message: SentMessage, sequence: number, timeZone: string): string {
  const headers = [
    `Date: ${rfc5322Date(message.sentAtMs, timeZone)}`,
    `From: ${mailbox(message.from, message.name)}`,
    `To: ${message.to.join(', ')}`,
  ];
  if (message.cc.length > 0) headers.push(`Cc: ${message.cc.join(', ')}`);
  if (message.bcc.length > 0) headers.push(`Bcc: ${message.bcc.join(', ')}`);
  if (message.replyTo) headers.push(`Reply-To: ${message.replyTo}`);
  headers.push(
    textHeader('Subject', message.subject),
    `Message-ID: <${Math.floor(message.sentAtMs)}.${sequence}@${MESSAGE_ID_DOMAIN}>`,
    'MIME-Version: 1.0',
    'X-Mailer: Peer Circle demo (emulated MailApp; never sent)',
  );
  if (message.attachments.length > 0)
    headers.push(
      textHeader(
        'X-Attachments-Omitted',
        message.attachments
          .map(
            (a) => `${a.name ?? 'unnamed'} (${a.contentType ?? 'unknown type'}, ${a.size} bytes)`,
          )
          .join('; '),
      ),
    );
  if (message.htmlBody === null) {
    headers.push(
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
    );
    return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(message.body)}${CRLF}`;
  }
  // "=_" cannot occur at the start of a quoted-printable line, so the boundary never collides.
  const boundary = `=_peer-circle_${String(sequence).padStart(6, '0')}`;
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  return [
    headers.join(CRLF),
    '',
    'This is a message in MIME format: a plain-text and an HTML version.',
    `--${boundary}`,
    part('text/plain', message.body),
    `--${boundary}`,
    part('text/html', message.htmlBody),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** "0007-2026-01-12-you-are-greeter-on-wednesday.eml" */
export function emlFileName(message: SentMessage, sequence: number, date: string): string {
  const slug = message.subject
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${String(sequence).padStart(4, '0')}-${date}${slug ? `-${slug}` : ''}.eml`;
}
