#!/usr/bin/env node
/* global require, __dirname, process, console, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * `npm run validate [-- path/to/manifest.xml] [--production]`: the check Office developers expect,
 * office-addin-manifest's `validate` (the same function its CLI calls), which sends the manifest to
 * Microsoft's validation service (validationgateway.omex.office.net) and prints its verdict.
 *
 * The service needs the network. When it cannot be reached, this says so in one plain paragraph (no stack
 * trace) and points to the offline check against Microsoft's published XSD (test/manifest.test.ts).
 *
 * Exit status:
 *   0  the service accepted the manifest; OR the service could not be reached / gave no verdict (said
 *      plainly): an offline machine is not an invalid manifest, and the offline schema check of `npm test`
 *      still guards it, so a build on a machine without network does not fail for the wrong reason;
 *   1  the service answered that the manifest is not valid (its errors are listed);
 *   2  the manifest could not be read.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const OFFLINE_TEST = 'test/manifest.test.ts';
const SERVICE = "Microsoft's manifest validation service (validationgateway.omex.office.net)";
/** office-addin-manifest wraps every network failure (DNS, refused, timeout, TLS) in this message. */
const UNREACHABLE = /Unable to contact the manifest validation service/;

const rel = (file) => path.relative(process.cwd(), file) || file;
const offlineHint = `The offline check against Microsoft's published schemas still runs: npx jest ${OFFLINE_TEST} (part of npm test).`;

function issueLine(i) {
  const where = i.line ? ` (line ${i.line}${i.column ? `, column ${i.column}` : ''})` : '';
  return `  - ${i.title || 'Issue'}${i.code ? ` [${i.code}]` : ''}: ${i.content || ''}${where}`;
}

function reportLines(report) {
  const lines = [];
  const list = (title, items) => {
    if (items && items.length) lines.push(`${title}:`, ...items.map(issueLine));
  };
  list('Errors', report.errors);
  list('Warnings', report.warnings);
  list('Notes', report.notes);
  const products = report.addInDetails && report.addInDetails.supportedProducts;
  if (products && products.length)
    lines.push(`Supported: ${products.map((p) => `${p.title}${p.version ? ` ${p.version}` : ''}`).join(', ')}`);
  return lines;
}

/** The cause node-fetch gave, without the wrapper's words: "getaddrinfo ENOTFOUND ...". */
function causeOf(message) {
  const rest = message.split('\n').slice(1).join(' ').trim();
  const reason = /reason: (.*)$/.exec(rest);
  return reason ? reason[1] : rest;
}

/**
 * Validates `manifest`; returns what to print and the exit status. `validate` is office-addin-manifest's
 * validateManifest unless a test gives its own.
 */
async function runValidation(manifest, options = {}) {
  const validate = options.validate || require('office-addin-manifest').validateManifest;
  let v;
  try {
    v = await validate(manifest, Boolean(options.production));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (UNREACHABLE.test(message)) {
      const cause = causeOf(message);
      return {
        exitCode: 0,
        lines: [
          `Could not reach ${SERVICE}: this machine seems to be offline${cause ? ` (${cause})` : ''}.`,
          `${rel(manifest)} was NOT checked by the service. ${offlineHint}`,
          "Run npm run validate again with a network connection for the service's verdict.",
        ],
      };
    }
    return { exitCode: 2, lines: [`Could not validate ${rel(manifest)}: ${message.split('\n')[0]}`] };
  }
  if (v.status && v.status !== 200) {
    return {
      exitCode: 0,
      lines: [
        `${SERVICE} answered HTTP ${v.status}${v.statusText ? ` ${v.statusText}` : ''}: it gave no verdict on ${rel(manifest)}.`,
        offlineHint,
      ],
    };
  }
  const details = v.report ? reportLines(v.report) : [];
  if (v.isValid) return { exitCode: 0, lines: [...details, `${rel(manifest)} is valid (${SERVICE}).`] };
  return { exitCode: 1, lines: [...details, `${rel(manifest)} is NOT valid, says ${SERVICE}.`] };
}

async function main() {
  const args = process.argv.slice(2);
  const manifest = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(ROOT, 'manifest.xml'));
  const { exitCode, lines } = await runValidation(manifest, { production: args.includes('--production') });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
}

module.exports = { runValidation, OFFLINE_TEST };

if (require.main === module) {
  main().catch((err) => {
    console.error(`validate: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  });
}
