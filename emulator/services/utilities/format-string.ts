/**
 * The subset of Java's String.format that Utilities.formatString scripts use:
 * %s %d %f %e %x %c %b %% %n with argument index, flags (- 0 + , space) and width/precision.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
 */
const SPEC = /%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([sSdfeExXcbBn%])/g;

function group(digits: string): string {
  const [int, frac] = digits.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}

export function formatJavaString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (
      _m,
      index: string | undefined,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = index ? args[Number(index.slice(0, -1)) - 1] : args[next++];
      const prec = precision === undefined ? undefined : Number(precision.slice(1));
      let body: string;
      let numeric = false;
      switch (conv) {
        case 's':
        case 'S':
          body = arg === null || arg === undefined ? 'null' : String(arg);
          if (prec !== undefined) body = body.slice(0, prec);
          if (conv === 'S') body = body.toUpperCase();
          break;
        case 'd': {
          numeric = true;
          const n = Math.trunc(Number(arg));
          body = String(Math.abs(n));
          if (flags.includes(',')) body = group(body);
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'f':
        case 'e':
        case 'E': {
          numeric = true;
          const n = Number(arg);
          const digits = prec ?? 6;
          body = conv === 'f' ? Math.abs(n).toFixed(digits) : Math.abs(n).toExponential(digits);
          if (conv !== 'f') body = body.replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') body = body.toUpperCase();
          if (flags.includes(',') && conv === 'f') body = group(body);
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'x':
        case 'X':
          numeric = true;
          body = (Math.trunc(Number(arg)) >>> 0).toString(16);
          if (conv === 'X') body = body.toUpperCase();
          break;
        case 'c':
          body = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
          break;
        default:
          // 'b' / 'B': Java prints false only for null and false.
          body = String(arg !== null && arg !== undefined && arg !== false);
          if (conv === 'B') body = body.toUpperCase();
      }
      const w = width === undefined ? 0 : Number(width);
      if (body.length >= w) return body;
      if (flags.includes('-')) return body.padEnd(w, ' ');
      if (numeric && flags.includes('0')) {
        const sign = /^[-+ ]/.test(body) ? body[0] : '';
        return sign + body.slice(sign.length).padStart(w - sign.length, '0');
      }
      return body.padStart(w, ' ');
    },
  );
}
