/* global module, URL */
/**
 * The manifest is written for the dev server (https://localhost:3000). The production build copies it with
 * every URL rewritten to the site that serves dist/web, taken from ADDIN_BASE_URL. Used by webpack.config.js
 * (copy plugin transform) and by the manifest test, so the rewritten manifest is the one validated.
 */
const DEV_BASE_URL = 'https://localhost:3000';

/** Checks a base URL: https, no path query or fragment beyond a folder, no trailing slash kept. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL "${raw}" is not a URL; give the https address that serves dist/web, e.g. https://addins.example.gov/grant-budget`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL "${raw}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL "${raw}" must not have a query or a fragment`);
  return url.href.replace(/\/+$/, '');
}

function rewriteManifest(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  return xml.split(DEV_BASE_URL).join(base);
}

/**
 * The name the build gives the manifest. A production build without ADDIN_BASE_URL would ship a manifest
 * pointing at localhost: it is written under a name that says so, and no manifest.xml is written at all,
 * so that nobody uploads it to users by mistake.
 */
function manifestFileName({ production, sandbox, baseUrl }) {
  return production && !sandbox && !baseUrl ? 'manifest.dev-localhost.xml' : 'manifest.xml';
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifest, manifestFileName };
