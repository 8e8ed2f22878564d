/** A problem the user can fix from the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Access problems with files and folders (a read-only or missing DATA_DIR, a file where a folder goes). */
const FILESYSTEM_REFUSALS = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOENT', 'ENOSPC', 'EDQUOT']);

/** Node's own message names the call, the path and the reason: that line is what the user needs. */
export function isFilesystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof path === 'string' && typeof syscall === 'string' && FILESYSTEM_REFUSALS.has(String(code));
}
