/**
 * The date a build records as "first archived" or "last changed". Honours SOURCE_DATE_EPOCH
 * (the reproducible-builds convention), so tests and re-runs can pin it; otherwise today (UTC).
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return when.toISOString().slice(0, 10);
}
