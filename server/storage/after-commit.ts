/** Runs a callback once the work it belongs to is committed; never when it is rolled back. */
export type AfterCommit = (callback: () => void) => void;

/** A failing after-commit callback must not turn a committed write into an error. */
export function runAll(callbacks: Array<() => void>): void {
  for (const callback of callbacks) {
    try {
      callback();
    } catch {
      // Callbacks only tell listeners; the write itself has landed.
    }
  }
}
