/**
 * A measure called "moving" (速度感人, 分量感人): slang scorn for how little of it there was, which the
 * model reads as praise. `measure` is a regular-expression source for what is measured.
 */
export function calledMoving(measure: string): RegExp {
  return new RegExp(`(?:${measure})(?:真的|真是|实在|也|是|简直|属实|那叫一个)?(?:太|很|好|真|相当)?感人`);
}
