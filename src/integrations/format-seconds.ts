/** "1.24 s" since `started` (a performance.now() reading): the benchmark reads it from the build log. */
export function formatSeconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}
