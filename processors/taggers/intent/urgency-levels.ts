/** The levels safety wording can raise a post to; everything else stays at the intent baseline. */
export const RAISED_LEVELS = ['high', 'emergency'] as const;
export type RaisedLevel = (typeof RAISED_LEVELS)[number];
