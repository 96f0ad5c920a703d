/**
 * Resolves on the event loop's next turn. A build is synchronous between its
 * awaits, and an `await` of a resolved promise does not reach the event loop:
 * a signal handler (Ctrl-C, SIGTERM) only runs when the build yields here.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
