/**
 * What the Office client around the pane lets it do. The Mac (and iPad) webview blocks Blob downloads
 * from an add-in: a link with `download` does nothing there, without an error (office-js issues #2700,
 * #4681, #3385). The pane asks here and is told plainly, so its components stay free of Office.
 */
export function fileDownloadsWork(): boolean {
  if (typeof Office === 'undefined' || !Office.context) return true;
  const platform = String(Office.context.platform ?? '');
  return platform !== 'Mac' && platform !== 'iOS';
}

/**
 * Whether a download the pane starts is known to save a file. In a browser (Excel on the web) the
 * browser saves it, as any download. Desktop Excel on Windows runs the pane in a webview (Edge WebView2,
 * or older ones) that may drop a Blob download without an error (office-js #1511, #1006): the pane cannot
 * tell, so it says what it asked for and gives the text to copy as well. Mac and iPad: fileDownloadsWork().
 */
export function downloadKnownToSave(): boolean {
  if (typeof Office === 'undefined' || !Office.context) return true;
  return String(Office.context.platform ?? '') === 'OfficeOnline';
}
