/**
 * A synchronous computation behind an async API: solvers that once needed HiGHS (loaded
 * asynchronously) keep returning promises so callers need not change, and a throw inside
 * becomes a rejection, as it would from an async function.
 */
export function asPromise<T>(compute: () => T): Promise<T> {
  return new Promise((resolve) => resolve(compute()));
}
