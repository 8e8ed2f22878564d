const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** One digit as written, Chinese or ASCII (三, 两, 4), or undefined. */
export function digitOf(written: string): number | undefined {
  return DIGITS[written] ?? (/^[0-9]$/.test(written) ? Number(written) : undefined);
}

/** 20, 十, 十五, 四十五, 半: a count as customers write it (up to 99), or undefined. */
export function countOf(written: string): number | undefined {
  if (/^[0-9]+$/.test(written)) return Number(written);
  if (written === '半') return 0.5;
  const ten = written.indexOf('十');
  if (ten < 0) return written.length === 1 ? DIGITS[written] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[written.slice(0, ten)];
  const ones = ten === written.length - 1 ? 0 : DIGITS[written.slice(ten + 1)];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}
