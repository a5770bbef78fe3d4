/** Pages of the pane as tests read them. */

/** Internet Explorer 11's user agent, as Excel 2019 volume-licensed presents it to an add-in. */
export const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** The inline scripts of a page (those without src). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] as string)
    .filter((s) => s.trim() !== '');
}
