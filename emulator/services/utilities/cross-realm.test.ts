/**
 * Scripts run in a vm context, so their arrays, objects and Dates come from another realm.
 * These checks drive several fakes from code evaluated in such a context.
 */
import vm from 'node:vm';
import { createMailService } from '../mail/mail-service';
import { createCacheService } from '../properties/cache-service';
import { createTestingContext } from '../testing-context';
import { createUtilitiesService } from './utilities-service';

describe('values from the script realm', () => {
  it('are accepted by Utilities, MailApp and CacheService', () => {
    const ctx = createTestingContext();
    const mail = createMailService(ctx);
    const sandbox = vm.createContext({
      Utilities: createUtilitiesService(ctx).global,
      MailApp: mail.global,
      CacheService: createCacheService(ctx).global,
    });
    const result = vm.runInContext(
      `
      const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, [97, 98, 99]);
      const date = Utilities.formatDate(new Date(Date.UTC(2025, 0, 2)), 'UTC', 'yyyy-MM-dd');
      const blob = Utilities.newBlob([104, 105], 'text/plain', 'hi.txt');
      MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', attachments: [blob] });
      const cache = CacheService.getScriptCache();
      cache.putAll({ a: '1', b: '2' });
      ({ digest: Utilities.base64Encode(digest), date, cached: cache.getAll(['a', 'b']) });
      `,
      sandbox,
    );
    expect(result.digest).toBe('kAFQmDzST7DWlj99KOF/cg==');
    expect(result.date).toBe('2025-01-02');
    expect({ ...result.cached }).toEqual({ a: '1', b: '2' });
    expect(mail.outbox()[0].attachments).toEqual([
      { name: 'hi.txt', contentType: 'text/plain', size: 2 },
    ]);
  });
});
