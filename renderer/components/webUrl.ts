/**
 * `url` when it is an absolute http(s) address, else undefined. A server's picture URLs (avatars,
 * preview images) are drawn only then: a relative or protocol-relative one (`//elsewhere/x.png`)
 * would be fetched from the app's own origin or from a host nobody chose, and other schemes are no picture.
 */
export const webUrl = (url: string | null | undefined): string | undefined => (url && /^https?:\/\/[^/]/i.test(url) ? url : undefined);
