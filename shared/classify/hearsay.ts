/** A fault or a claim heard of from others: 听说, 评论说, 点评说, 网上说, 很多人都说, 朋友说. */
export const HEARSAY = /听说|(?:评论|评价|点评|网上|网友|很多人|有人|朋友)都?说/;
/** A fear told before it is settled (还担心…, 怕…); not 不怕, 不担心, nor 恐怕 (probably) or 哪怕 (even if). */
export const FEAR = /(?<![不没别恐哪])(?:担心|担忧|生怕|怕)/;
/** An expectation either way (以为…, 本以为…). */
export const EXPECTED = /以为/;
/** Any of the three: a clause holding none (most) is passed over after one test, not three. */
export const FEAR_HEARSAY_OR_EXPECTED = new RegExp(`${FEAR.source}|${HEARSAY.source}|${EXPECTED.source}`);
