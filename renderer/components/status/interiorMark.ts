/** Marks a part of a post whose controls are reached by going into the post (features/a11y/postInterior.ts), not by Tab from the feed. */
export const interiorAttribute = 'data-post-interior';

/** Spread on such a part: `<div {...interiorMark}>`. */
export const interiorMark = { [interiorAttribute]: '' } as const;
