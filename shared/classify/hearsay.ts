/** A fault or a claim heard of from others: 听说, 评论说, 点评说, 网上说, 很多人都说, 朋友说. */
export const HEARSAY = /听说|(?:评论|评价|点评|网上|网友|很多人|有人|朋友)都?说/;
