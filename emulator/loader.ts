/**
 * Loads a compiled Apps Script bundle (dist/Code.js) into a fresh V8 context whose globals are
 * the emulator's fakes, the way Apps Script runs a project: one classic script, top-level
 * function declarations become globals, and the script's `Date` is the virtual clock's.
 */
import vm from 'node:vm';

export interface LoadedScript {
  /** The context's global object: entry points are its properties. */
  readonly context: vm.Context;
  /** Calls a top-level function by name, as Apps Script calls a trigger or menu handler. */
  call(functionName: string, event?: unknown): unknown;
  hasFunction(functionName: string): boolean;
  /** Names of every top-level function the script declared. */
  functionNames(): string[];
}

export function loadScript(
  code: string,
  globals: Record<string, unknown>,
  filename = 'Code.js',
): LoadedScript {
  const context = vm.createContext({ ...globals });
  const builtIns = new Set(Object.getOwnPropertyNames(vm.runInContext('this', context)));
  vm.runInContext(code, context, { filename });
  const global = vm.runInContext('this', context) as Record<string, unknown>;
  return {
    context,
    call(functionName, event) {
      const fn = global[functionName];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      return (fn as (e?: unknown) => unknown)(event);
    },
    hasFunction: (functionName) => typeof global[functionName] === 'function',
    functionNames: () =>
      Object.getOwnPropertyNames(global).filter(
        (name) => typeof global[name] === 'function' && !builtIns.has(name) && !(name in globals),
      ),
  };
}
