/** Plain text of post HTML. DOMParser builds an inert document: nothing in it runs or loads. */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html.replace(/<br\s*\/?>|<\/p>/gi, '$& '), 'text/html');
  return squeeze(document.body.textContent ?? '');
}

/** Whitespace runs as one space, trimmed: how texts are compared. */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
