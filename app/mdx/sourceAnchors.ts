/**
 * The element ids of a reference's entry (in a chapter's bibliography and on `/references`) and of a term's
 * entry on `/glossary`. Apart from sources.ts, so a chapter's components link to entries without carrying
 * the whole bibliography and glossary (scripts/vite/remarkInlineSources.ts writes what they show).
 */
export const refAnchor = (k: string): string => `ref-${k}`;

export const termAnchor = (id: string): string => `term-${id}`;
