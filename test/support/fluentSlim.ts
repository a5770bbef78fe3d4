/**
 * The names the pane takes from `@fluentui/react-components`, taken from the packages that barrel re-exports
 * them from (jest.config.js maps the barrel here). Loading the barrel loads all seventy of Fluent's packages,
 * two seconds of every test file that renders the pane; webpack's build keeps only what is used, as this
 * does. They are the very same objects (test/taskpane/fluentSlim.test.ts): a name the pane starts using
 * that is missing here fails that test, and every test that renders it.
 */
import * as path from 'path';

type Fluent = typeof import('@fluentui/react-components');
// The packages as the barrel itself resolves them, wherever npm put them.
const barrelDir = path.dirname(require.resolve('@fluentui/react-components/package.json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const from = (pkg: string) => require(require.resolve(pkg, { paths: [barrelDir] })) as Fluent;

export type { GriffelStyle } from '@fluentui/react-components';
export const { makeStyles, mergeClasses } = from('@griffel/react');
export const { FluentProvider } = from('@fluentui/react-provider');
export const { tokens, webLightTheme, webDarkTheme } = from('@fluentui/react-theme');
export const { Button } = from('@fluentui/react-button');
export const { Select } = from('@fluentui/react-select');
export const { Textarea } = from('@fluentui/react-textarea');
