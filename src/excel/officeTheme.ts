/** Light or dark, as Office shows itself: the pane follows the Office theme where Office tells it. */
export function officeThemeIsDark(): boolean {
  if (typeof Office === 'undefined') return false;
  const theme = Office.context?.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Relative luminance below the middle grey: a dark theme.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
