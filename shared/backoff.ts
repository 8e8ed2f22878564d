const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 500;

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): racing writers spread out.
 * `attempt` is the attempt about to be made, the second the first to wait; `capMs` bounds one wait.
 */
export function backoff(attempt: number, capMs = BACKOFF_CAP_MS): Promise<void> {
  const ceiling = Math.min(capMs, BACKOFF_BASE_MS * 2 ** (attempt - 2));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
