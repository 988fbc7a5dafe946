/**
 * Hands bytes to the browser's download: a Blob URL and a click on an `<a download>`. No inline
 * script and no new CSP source are needed. In Electron the same click opens the save dialog.
 */
export const saveBytes = (fileName: string, mediaType: string, bytes: Uint8Array): void =>
  // Both hosts deliver the bytes over a plain ArrayBuffer (structured clone, fetch), never a shared one.
  saveBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));

/** The same for a Blob the browser already holds (a large download it kept on disk). */
export const saveBlob = (fileName: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for it to start.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
