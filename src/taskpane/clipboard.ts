/**
 * Copying figures for Grants.gov. The async clipboard API needs permission that an add-in frame may not
 * have, so a hidden text area with execCommand('copy') is the fallback. The last text copied is kept so
 * the pane can say what went to the clipboard (and tests can check it).
 */
import { PaneError } from '../addin/paneWords';
import { msg } from '../messages/words';
let lastCopied = '';

export function lastCopiedText(): string {
  return lastCopied;
}

export async function copyText(text: string): Promise<void> {
  lastCopied = text;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the text-area way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new PaneError(msg('pane.copyRefused'));
}

/**
 * Saves text as a file through a Blob link (Excel on the web and Windows allow downloads from the pane;
 * the Mac webview does not, which the caller learns from the platform). False when this browser cannot
 * even start a download (no Blob URLs, no `download` attribute): then nothing was saved.
 */
export function downloadText(fileName: string, text: string, type = 'application/xml'): boolean {
  if (typeof URL.createObjectURL !== 'function' || !('download' in HTMLAnchorElement.prototype)) return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
