/**
 * Hands a downloaded file to the browser's "save" flow through a temporary object URL
 * and link, and revokes the URL afterwards: nothing keeps the file's URL alive or
 * puts it in the page.
 * @module
 */

/** The browser has taken the blob once the click's download has started; then the URL can go. */
const REVOKE_AFTER_MS = 1000;

/** Characters file systems refuse, and control characters. */
const UNSAFE_IN_FILENAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `title` made safe as a file name (at most 120 characters), or `fallback` when nothing is left. */
export function fileNameFor(title: string, fallback: string, extension: string): string {
  const base = title.replace(UNSAFE_IN_FILENAME, ' ').replace(/\s+/g, ' ').trim().slice(0, 120).trim();
  return `${base || fallback}.${extension}`;
}

/** Starts the download of `blob` as `fileName`, then revokes the object URL. */
export function saveBlob(blob: Blob, fileName: string, ownerDocument: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  ownerDocument.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
