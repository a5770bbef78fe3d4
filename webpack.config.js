/**
 * The add-in's web build.
 *   npm run build:web     production: dist/web (taskpane.html + commands.html, office.js from Microsoft's
 *                         CDN, no source maps, the SF-424A panel split into a lazy chunk, manifest.xml with
 *                         its URLs rewritten to ADDIN_BASE_URL; without ADDIN_BASE_URL there is no
 *                         manifest.xml, only manifest.dev-localhost.xml, named for what it points at)
 *   --env sandbox         adds sandbox.html: the same pane bundle beside a fake Excel workbook (no office.js)
 *   --env sandboxOnly     the sandbox script and sandbox.html alone, for a pane built already: the production
 *                         sandbox (scripts/web/sandbox.js) serves the very files of dist/web beside it
 *   --env outDir=...      where to write (tests build into test-output/)
 *   npm start             the dev server (scripts/web/start.js), https://localhost:3000 with Office dev
 *                         certificates where Excel is installed, else the sandbox on http://127.0.0.1:3000
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
// webpack's own minimizer plugin (its default), told to minify with swc.
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { rewriteManifest, manifestFileName, DEV_BASE_URL } = require('./scripts/web/manifestUrls');

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  const sandboxOnly = Boolean(env.sandboxOnly);
  const sandbox = Boolean(env.sandbox) || sandboxOnly;
  const outDir = path.resolve(__dirname, env.outDir ?? (sandbox && !production ? 'dist/sandbox' : 'dist/web'));
  const baseUrl = process.env.ADDIN_BASE_URL;
  const manifestName = manifestFileName({ production, sandbox, baseUrl });
  if (manifestName !== 'manifest.xml' && !sandboxOnly) {
    console.warn(
      `ADDIN_BASE_URL is not set: no dist/web/manifest.xml is written, only ${manifestName}, which points at ${DEV_BASE_URL} (for development). For a manifest to upload, build with ADDIN_BASE_URL set to the https address that will serve dist/web.`,
    );
  }

  const entry = sandboxOnly
    ? {}
    : {
        taskpane: './src/taskpane/index.tsx',
        commands: './src/taskpane/commands.ts',
      };
  if (sandbox) entry.sandbox = './src/sandbox/sandbox.ts';

  const pages = sandboxOnly
    ? []
    : [
        new HtmlWebpackPlugin({
          filename: 'taskpane.html',
          template: './src/taskpane/taskpane.html',
          chunks: ['taskpane'],
        }),
        new HtmlWebpackPlugin({
          filename: 'commands.html',
          template: './src/taskpane/commands.html',
          chunks: ['commands'],
        }),
      ];
  if (sandbox) {
    // The fake Office/Excel script first, then the very same pane bundle.
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'sandbox.html',
        template: './src/sandbox/sandbox.html',
        // (sandboxOnly: scripts/web/sandbox.js adds the pane's own script tag after this one)
        chunks: sandboxOnly ? ['sandbox'] : ['sandbox', 'taskpane'],
        chunksSortMode: 'manual',
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    // Built twice in a CI run (the set-up, then npm test) and the sandbox once more for the end-to-end tests:
    // the cache (node_modules/.cache/webpack, one per configuration) makes a build of unchanged sources seconds.
    cache: {
      type: 'filesystem',
      name: `${production ? 'production' : 'development'}-${sandboxOnly ? 'sandbox-only' : sandbox ? 'sandbox' : 'web'}`,
      buildDependencies: { config: [__filename] },
    },
    entry,
    target: 'web',
    // No source maps are served in production; development keeps them for debugging in the browser.
    devtool: production ? false : 'eval-cheap-module-source-map',
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      // Two webpack runtimes on one page (the sandbox's and the pane's, built apart) need a chunk-loading
      // global each, or they take each other's chunks.
      ...(sandboxOnly ? { uniqueName: 'grantBudgetSandbox' } : {}),
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // No catalog in the first chunk: English and Spanish are chunks of their own (src/messages/bundled.ts).
      alias: {
        [path.resolve(__dirname, 'src/messages/bundled.ts')]: path.resolve(__dirname, 'src/messages/bundled.web.ts'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Our modules have no import-time effects (the entries aside), so a re-export nobody uses
          // (budget JSON parsing and its zod schemas, say) stays out of the bundle.
          sideEffects: false,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
            options: { configFile: 'tsconfig.web.json', transpileOnly: true, onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'async' },
      // swc's minifier (Rust) instead of terser: the same pane within 0.3 KB gzipped, at half the build's
      // CPU (25 s to 12 s for the pane; the production build runs three times in a CI run: the pane,
      // the sandbox, the benchmark's).
      // First, so that webpack's default minimizer ('...') finds the scripts minimized and keeps to the rest:
      // the pages' HTML, with their inline style and script.
      minimizer: [new MinimizerPlugin({ test: /\.[cm]?js$/i, minify: MinimizerPlugin.swcMinify }), '...'],
    },
    plugins: [...pages, ...(sandboxOnly ? [] : [copyFiles(production, manifestName, baseUrl)])],
    devServer: {
      static: false,
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

/** The icons, the help page and the manifest, beside the bundles. */
function copyFiles(production, manifestName, baseUrl) {
  return new CopyWebpackPlugin({
    patterns: [
      { from: 'assets/*.png', to: 'assets/[name][ext]' },
      { from: 'src/taskpane/help.html', to: 'help.html' },
      {
        from: 'manifest.xml',
        to: manifestName,
        transform: (content) => (production && baseUrl ? rewriteManifest(content.toString(), baseUrl) : content),
      },
    ],
  });
}
