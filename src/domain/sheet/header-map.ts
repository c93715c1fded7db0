/**
 * Facilitators may reorder, rename or add columns, so every tab is read by header name, never
 * by position. A HeaderMap turns a header row into column positions and names missing ones.
 */
import { englishName, localName } from '../i18n';

export class MissingColumnsError extends Error {
  constructor(
    readonly tab: string,
    readonly missing: string[],
  ) {
    super(
      // The names as the group's sheet shows them (English ids inside the code).
      `The "${localName('tab.', tab)}" tab is missing the column${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((name) => `"${localName('column.', name)}"`).join(', ')}. ` +
        'Run Peer Circle > Set up or repair to restore it.',
    );
    this.name = 'MissingColumnsError';
  }
}

export function normaliseHeader(header: unknown): string {
  return String(header ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export class HeaderMap {
  private readonly positions = new Map<string, number>();
  /** Names already looked up: a tab of 300,000 rows asks for the same few names per row. */
  private readonly lookedUp = new Map<string, number>();
  /** Columns headed in another shipped language, with the English name each stands for. */
  private readonly translated: Array<{ index: number; english: string }> = [];

  constructor(readonly headers: readonly unknown[]) {
    headers.forEach((header, index) => {
      const key = normaliseHeader(header);
      // The first of two same-named columns wins, as a person reading left to right expects.
      if (key !== '' && !this.positions.has(key)) this.positions.set(key, index);
    });
    // A header in another shipped language (a form question retitled in the group's language,
    // issue 17) also answers to its English name, which is what the code asks for; a column
    // headed in English keeps the name.
    headers.forEach((header, index) => {
      const english = englishName(header);
      const key = english === null ? '' : normaliseHeader(english);
      if (english === null || key === normaliseHeader(header)) return;
      this.translated.push({ index, english });
      if (!this.positions.has(key)) this.positions.set(key, index);
    });
  }

  /** 0-based index of the column, or -1. */
  indexOf(name: string): number {
    let index = this.lookedUp.get(name);
    if (index === undefined) {
      index = this.positions.get(normaliseHeader(name)) ?? -1;
      this.lookedUp.set(name, index);
    }
    return index;
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  missing(names: readonly string[]): string[] {
    return names.filter((name) => !this.has(name));
  }

  requireAll(tab: string, names: readonly string[]): void {
    const missing = this.missing(names);
    if (missing.length > 0) throw new MissingColumnsError(tab, missing);
  }

  /** The value under `name` in `row`, or '' when the column does not exist. */
  get(row: readonly unknown[], name: string): unknown {
    const index = this.indexOf(name);
    return index >= 0 ? (row[index] ?? '') : '';
  }

  /** A record of header → value, for the columns that have a name. */
  toRecord(row: readonly unknown[]): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    this.headers.forEach((header, index) => {
      const name = String(header ?? '').trim();
      if (name !== '' && !(name in record)) record[name] = row[index] ?? '';
    });
    // A column headed in another language is also there under its English name.
    for (const { index, english } of this.translated)
      if (!(english in record)) record[english] = row[index] ?? '';
    return record;
  }
}
