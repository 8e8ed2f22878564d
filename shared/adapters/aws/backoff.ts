const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 500;

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): racing writers spread out.
 * `attempt` is the attempt about to be made, the second the first to wait.
 */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 2));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
