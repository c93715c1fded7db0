/** The archive's compact records, chunks, boundary and which rows move (src/domain/archive). */
import fc from 'fast-check';
import {
  ArchiveFormatError,
  archiveBoundary,
  chunkRecords,
  decodeChunk,
  encodeChunk,
  rowsToMove,
  type ArchivedCheckin,
} from '../../../src/domain/archive/codec';
import { PARTICIPATION } from '../../../src/domain/forms/checkin-form';

const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const record: fc.Arbitrary<ArchivedCheckin> = fc.record({
  memberId: fc.string({ minLength: 1, maxLength: 12 }),
  sessionDate: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  participation: fc.constantFrom(...PARTICIPATION),
  mood: answer,
  coping: answer,
  supported: answer,
  outreach: fc.boolean(),
  talkedOutside: fc.option(fc.boolean(), { nil: null }),
});

describe('archive codec', () => {
  it('gives back every record exactly, in order, whatever the member ID holds', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 50 }), (records) => {
        expect(decodeChunk(encodeChunk(records))).toEqual(records);
      }),
    );
  });

  it('chunks keep the order, lose nothing and stay under the cell limit', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 200 }),
        fc.integer({ min: 80, max: 2000 }),
        (records, max) => {
          const chunks = chunkRecords(records, max);
          expect(chunks.flat()).toEqual(records);
          for (const chunk of chunks) {
            expect(chunk.length).toBeGreaterThan(0);
            // A chunk may exceed the maximum only when one record alone does.
            if (chunk.length > 1) expect(encodeChunk(chunk).length).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });

  it('refuses a cell it cannot read rather than counting it wrongly', () => {
    expect(decodeChunk('')).toEqual([]);
    expect(() => decodeChunk('not json')).toThrow(ArchiveFormatError);
    expect(() => decodeChunk('[["M1","2024-01-03",7,3,3,3,0,null]]')).toThrow(ArchiveFormatError);
    expect(() => decodeChunk('[["M1","2024-01-03",0,6,3,3,0,null]]')).toThrow(ArchiveFormatError);
    expect(() => decodeChunk('[["M1","3 Jan",0,3,3,3,0,null]]')).toThrow(ArchiveFormatError);
  });

  it('the boundary is the first of the month, whole years back', () => {
    expect(archiveBoundary('2026-01-08', 3)).toBe('2023-01-01');
    expect(archiveBoundary('2026-12-31', 1)).toBe('2025-12-01');
    expect(() => archiveBoundary('2026-01-08', 0)).toThrow(RangeError);
    expect(() => archiveBoundary('2026-01-08', 1.5)).toThrow(RangeError);
  });

  it('moves the accepted rows from the top until the first on or after the boundary', () => {
    const at = (sessionDate: string) => ({
      accepted: {
        memberId: 'M1',
        sessionDate,
        participation: 'In person' as const,
        mood: 3,
        coping: 3,
        supported: 3,
        outreach: false,
        talkedOutside: null,
      },
    });
    const pending = { accepted: null };
    const rows = [at('2022-01-05'), pending, at('2022-02-02'), at('2023-01-04'), at('2022-03-02')];
    expect(rowsToMove(rows, '2023-01-01', 100)).toEqual([0, 2]);
    expect(rowsToMove(rows, '2023-01-01', 1)).toEqual([0]);
    expect(rowsToMove(rows, '2024-01-01', 100)).toEqual([0, 2, 3, 4]);
    expect(rowsToMove(rows, '2020-01-01', 100)).toEqual([]);
  });
});
