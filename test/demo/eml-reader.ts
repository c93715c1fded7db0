/**
 * A deliberately independent reader for the demo's .eml files (written from the RFCs, not
 * from the writer), so the tests check the files against the standards, not against itself.
 */
export interface ParsedPart {
  headers: Map<string, string>;
  body: string;
}

export interface ParsedEml extends ParsedPart {
  parts: ParsedPart[];
}

/** Headers (unfolded, names lower-cased) and the body, split at the first empty line. */
export function splitMessage(raw: string): ParsedPart {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error('no empty line between headers and body');
  const headers = new Map<string, string>();
  const unfolded = raw.slice(0, end).replace(/\r\n[ \t]/g, ' ');
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header line: ${line}`);
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded-words (B and Q) in a header value; whitespace between words goes. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_, _charset: string, kind: string, data: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

export function parseEml(raw: string): ParsedEml {
  const message = splitMessage(raw);
  const type = message.headers.get('content-type') ?? '';
  const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
  if (!boundary) return { ...message, parts: [] };
  // Every delimiter starts a line; a leading CRLF lets one split find the first one too.
  const sections = `\r\n${message.body}`.split(`\r\n--${boundary}`);
  const last = sections.pop();
  if (last === undefined || !last.startsWith('--')) throw new Error('no closing boundary');
  // sections[0] is the preamble, which readers ignore.
  const rest = sections.slice(1);
  return { ...message, parts: rest.map((section) => splitMessage(section.replace(/^\r\n/, ''))) };
}
