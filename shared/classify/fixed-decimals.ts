/**
 * `value.toFixed(digits)` and `Number(value.toFixed(digits))` for the classifier's scores and
 * explanations, without the engine's toFixed: that call costs ~100 ns, and a message's
 * explanations and rounded scores took about 5 % of classifying it. The results are toFixed's
 * own (test/classify/fixed-decimals.test.ts checks them against it): its rounding is of the
 * double's exact value, so the scaled value is taken exactly, as a double and its rounding error.
 */
const SCALES = [1, 10, 100, 1000];
/** Up to here the scaled value stays below 2^53 / 8: its fraction is exact, and so is the integer. */
const LARGEST_FAST = 1e12;
/** Below this the value rounds to 0 at every supported digit count, and the error term could underflow. */
const SMALLEST_FAST = 1e-100;
/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729;

/**
 * The integer nearest to magnitude × scale (≥ 0), halves away from zero as toFixed rounds them,
 * of the exact product. Dekker's product gives `product + error` = magnitude × scale exactly
 * (the scale is a small integer, so splitting it leaves it whole).
 */
function scaledInteger(magnitude: number, scale: number): number {
  const product = magnitude * scale;
  const split = SPLITTER * magnitude;
  const high = split - (split - magnitude);
  const low = magnitude - high;
  const error = high * scale - product + low * scale;
  const floor = Math.floor(product);
  // Exact: the product's ulp is at most 1/8 here.
  const fraction = product - floor;
  // The error is far below a quarter: only a fraction near a half needs it.
  if (fraction < 0.25) return floor;
  if (fraction > 0.75) return floor + 1;
  // Exact (Sterbenz): the fraction is within a factor of two of 0.5.
  const aboveHalf = fraction - 0.5;
  return aboveHalf >= -error ? floor + 1 : floor;
}

function fastDigits(value: number, digits: number): boolean {
  const magnitude = Math.abs(value);
  return digits >= 0 && digits < SCALES.length && magnitude < LARGEST_FAST;
}

/** Per digit count, the decimal places of each fraction ("05" for 5 at two digits), made on first use. */
const PLACES: string[][] = [];

function places(digits: number): string[] {
  return (PLACES[digits] ??= Array.from({ length: SCALES[digits]! }, (_, fraction) => String(fraction).padStart(digits, '0')));
}

/** value.toFixed(digits). */
export function toFixedText(value: number, digits: number): string {
  if (!fastDigits(value, digits)) return value.toFixed(digits);
  const magnitude = Math.abs(value);
  const scale = SCALES[digits]!;
  const integer = magnitude < SMALLEST_FAST ? 0 : scaledInteger(magnitude, scale);
  const sign = value < 0 ? '-' : '';
  if (digits === 0) return `${sign}${integer}`;
  const whole = Math.floor(integer / scale);
  return `${sign}${whole}.${places(digits)[integer - whole * scale]!}`;
}

/**
 * Number(value.toFixed(digits)): the integer over the scale, since a quotient of two integers a
 * double holds exactly is the double nearest to it, as parsing its decimal text gives.
 */
export function roundedTo(value: number, digits: number): number {
  if (!fastDigits(value, digits)) return Number(value.toFixed(digits));
  const magnitude = Math.abs(value);
  const integer = magnitude < SMALLEST_FAST ? 0 : scaledInteger(magnitude, SCALES[digits]!);
  const rounded = integer / SCALES[digits]!;
  return value < 0 ? -rounded : rounded;
}
