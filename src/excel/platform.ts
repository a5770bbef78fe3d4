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
