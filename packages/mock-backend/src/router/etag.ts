/**
 * Entity tags for GET answers: a hash of the JSON body, so an unchanged resource
 * keeps its tag and `If-None-Match` gets a 304 without a body.
 * @module
 */

/** cyrb53: a fast 53-bit string hash, plenty to tell versions of a body apart. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function etagOf(json: string): string {
  return `"${hash53(json)}"`;
}

/** `If-None-Match` holds this tag (or `*`); weak `W/` prefixes compare equal, as RFC 9110 says for this header. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
