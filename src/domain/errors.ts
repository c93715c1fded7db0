/**
 * The message of anything thrown. Errors raised by Google's services are not always instances
 * of the script's own Error class, so `instanceof Error` is not a safe test.
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
