import { createTestingContext } from '../testing-context';
import { FakeBlob } from './blob';
import { createUtilitiesService } from './utilities-service';

function setup() {
  const ctx = createTestingContext();
  const { global: Utilities } = createUtilitiesService(ctx);
  return { ctx, Utilities };
}

const at = (iso: string) => new Date(iso);

describe('Utilities.formatDate', () => {
  const { Utilities } = setup();
  const fmt = (iso: string, tz: string, pattern: string) =>
    Utilities.formatDate(at(iso), tz, pattern);

  it('formats the common numeric and text fields', () => {
    expect(fmt('2025-07-01T13:05:09.007Z', 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe(
      '2025-07-01 13:05:09.007',
    );
    expect(fmt('2025-07-01T13:05:09Z', 'UTC', 'yy M d H h a')).toBe('25 7 1 13 1 PM');
    expect(fmt('2025-07-01T13:05:09Z', 'UTC', 'EEE EEEE MMM MMMM')).toBe('Tue Tuesday Jul July');
    expect(fmt('2025-07-01T00:05:00Z', 'UTC', 'hh:mm a')).toBe('12:05 AM');
  });

  it('handles quoted literals and escaped quotes', () => {
    expect(fmt('2025-07-01T09:00:00Z', 'UTC', "yyyy-MM-dd'T'HH:mm")).toBe('2025-07-01T09:00');
    expect(fmt('2025-07-01T09:00:00Z', 'UTC', "h 'o''clock' ''")).toBe("9 o'clock '");
  });

  it('converts to the zone across the London spring-forward change', () => {
    expect(fmt('2025-03-30T00:30:00Z', 'Europe/London', 'yyyy-MM-dd HH:mm z Z')).toBe(
      '2025-03-30 00:30 GMT +0000',
    );
    expect(fmt('2025-03-30T01:30:00Z', 'Europe/London', 'yyyy-MM-dd HH:mm z XXX')).toBe(
      '2025-03-30 02:30 BST +01:00',
    );
  });

  it('converts across the London autumn change (01:30 happens twice)', () => {
    expect(fmt('2025-10-26T00:30:00Z', 'Europe/London', 'HH:mm z')).toBe('01:30 BST');
    expect(fmt('2025-10-26T01:30:00Z', 'Europe/London', 'HH:mm z')).toBe('01:30 GMT');
  });

  it('converts across the New York change, with long zone names', () => {
    expect(fmt('2025-03-09T06:30:00Z', 'America/New_York', 'HH:mm z X')).toBe('01:30 EST -05');
    expect(fmt('2025-03-09T07:30:00Z', 'America/New_York', 'HH:mm zzzz')).toBe(
      '03:30 Eastern Daylight Time',
    );
  });

  it('moves the calendar date with the zone', () => {
    expect(fmt('2025-07-01T02:00:00Z', 'America/Los_Angeles', 'yyyy-MM-dd EEE')).toBe(
      '2025-06-30 Mon',
    );
    expect(fmt('2025-07-01T20:00:00Z', 'Asia/Kolkata', 'yyyy-MM-dd HH:mm XXX')).toBe(
      '2025-07-02 01:30 +05:30',
    );
  });

  it('accepts Java custom GMT offsets and treats unknown zones as GMT', () => {
    expect(fmt('2025-07-01T09:00:00Z', 'GMT+02:00', 'HH:mm z')).toBe('11:00 GMT+02:00');
    expect(fmt('2025-07-01T09:00:00Z', 'Not/AZone', 'HH:mm z')).toBe('09:00 GMT');
  });

  it('uses the US week year for Y, unlike y (the classic YYYY bug)', () => {
    expect(fmt('2024-12-29T12:00:00Z', 'UTC', 'YYYY yyyy w')).toBe('2025 2024 1');
  });

  it('rejects pattern letters Java does not define', () => {
    expect(() => fmt('2025-07-01T09:00:00Z', 'UTC', 'yyyy-MM-dd q')).toThrow(
      "Illegal pattern character 'q'",
    );
  });

  it('rejects a date that is not a Date, as the method signature check does', () => {
    expect(() => Utilities.formatDate('2025-07-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it('accepts the script realm Date (ScriptDate)', () => {
    const ctx = createTestingContext({ start: Date.UTC(2025, 0, 2, 3, 4, 5) });
    const U = createUtilitiesService(ctx).global;
    expect(U.formatDate(new ctx.ScriptDate(), 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-01-02 03:04:05',
    );
  });
});

describe('Utilities.computeDigest', () => {
  const { Utilities } = setup();

  it('returns SHA-256 of "abc" as signed bytes', () => {
    const hex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const expected = hex.match(/../g)!.map((h) => {
      const b = parseInt(h, 16);
      return b > 127 ? b - 256 : b;
    });
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toEqual(expected);
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(Math.min(...digest)).toBeGreaterThanOrEqual(-128);
    expect(Math.max(...digest)).toBeLessThanOrEqual(127);
  });

  it('computes MD5, SHA-1 and SHA-512 known vectors', () => {
    const hexOf = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff)).toString('hex');
    expect(hexOf(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, ''))).toBe(
      'd41d8cd98f00b204e9800998ecf8427e',
    );
    expect(hexOf(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, 'abc'))).toBe(
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    );
    expect(hexOf(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_512, 'abc'))).toMatch(
      /^ddaf35a193617aba/,
    );
  });

  it('hashes UTF-8 by default and byte arrays as given', () => {
    const fromString = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'é');
    const fromBytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, [-61, -87]);
    expect(fromString).toEqual(fromBytes);
  });

  it('encodes US-ASCII as Java does: non-ASCII characters become "?"', () => {
    const ascii = Utilities.computeDigest(
      Utilities.DigestAlgorithm.MD5,
      'café',
      Utilities.Charset.US_ASCII,
    );
    expect(ascii).toEqual(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'caf?'));
  });

  it('computes an HMAC-SHA256 signature', () => {
    const sig = Utilities.computeHmacSha256Signature(
      'The quick brown fox jumps over the lazy dog',
      'key',
    );
    expect(Buffer.from(sig.map((b) => b & 0xff)).toString('hex')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
  });
});

describe('Utilities base64, blobs, strings and ids', () => {
  it('round-trips base64 and its web-safe form', () => {
    const { Utilities } = setup();
    expect(Utilities.base64Encode('hello?>')).toBe('aGVsbG8/Pg==');
    expect(Utilities.base64EncodeWebSafe('hello?>')).toBe('aGVsbG8_Pg==');
    const bytes = Utilities.base64Decode('aGVsbG8/Pg==');
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe('hello?>');
    expect(Utilities.base64DecodeWebSafe('aGVsbG8_Pg==')).toEqual(bytes);
  });

  it('makes blobs whose PDF form keeps the content and renames the file', () => {
    const { Utilities } = setup();
    const blob = Utilities.newBlob('<h1>Report</h1>', 'text/html', 'report.2025.html');
    const pdf = blob.getAs('application/pdf') as FakeBlob;
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('report.2025.pdf');
    expect(pdf.getDataAsString()).toBe('<h1>Report</h1>');
    expect(pdf.convertedFrom).toBe('text/html');
    expect(() => blob.getAs('text/plain')).toThrow(
      'Converting from text/html to text/plain is not supported.',
    );
  });

  it('formats strings like Java String.format', () => {
    const { Utilities } = setup();
    expect(Utilities.formatString('%s has %d items, %.2f%%', 'Ana', 3, 1.5)).toBe(
      'Ana has 3 items, 1.50%',
    );
    expect(Utilities.formatString('[%5s|%-5s|%05d]', 'ab', 'cd', 42)).toBe('[   ab|cd   |00042]');
  });

  it('parses CSV with quotes, delimiters and line breaks inside fields', () => {
    const { Utilities } = setup();
    expect(Utilities.parseCsv('a,"b,c","say ""hi""\nthere"\n1,2,3')).toEqual([
      ['a', 'b,c', 'say "hi"\nthere'],
      ['1', '2', '3'],
    ]);
  });

  it('returns deterministic version-4 shaped UUIDs', () => {
    const first = setup().Utilities;
    const second = setup().Utilities;
    const a = first.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.getUuid()).not.toBe(a);
    expect(second.getUuid()).toBe(a);
  });
});

describe('Utilities metering', () => {
  it('sleep advances the virtual clock by the time slept and is counted', () => {
    const { ctx, Utilities } = setup();
    const before = ctx.clock.nowMs();
    Utilities.sleep(2000);
    expect(ctx.clock.nowMs() - before).toBe(2000);
    expect(ctx.meter.snapshot()['Utilities.Utilities.sleep']).toBe(1);
  });

  it('a sleep past the execution limit makes the next call fail', () => {
    const { ctx, Utilities } = setup();
    ctx.meter.beginExecution();
    ctx.meter.executionLimitMs = 1000;
    Utilities.sleep(1500);
    expect(() => Utilities.getUuid()).toThrow('Exceeded maximum execution time');
  });

  it('throws an injected fault at the chosen call only', () => {
    const { ctx, Utilities } = setup();
    ctx.meter.injectFault({
      service: 'Utilities',
      method: 'Utilities.formatDate',
      nth: 2,
      message: 'Service error: Utilities',
    });
    const d = new Date(0);
    expect(Utilities.formatDate(d, 'UTC', 'yyyy')).toBe('1970');
    expect(() => Utilities.formatDate(d, 'UTC', 'yyyy')).toThrow('Service error: Utilities');
    expect(Utilities.formatDate(d, 'UTC', 'yyyy')).toBe('1970');
  });
});
