/**
 * Hands text to the user as a file through a temporary Blob URL and a `download` link: browser
 * mode saves it to the downloads folder, Electron asks where to save it. The CSP is untouched:
 * following a blob: link is a download, not a script or style load.
 */
export const downloadText = (fileName: string, text: string, type = 'application/json'): void => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the Blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
};
