/**
 * The pane's tests in jsdom keep Fluent's style rules out of jsdom's style sheets. Testing Library's
 * queries by role compute every element's style to know whether it is hidden, and jsdom matches each
 * element against every rule of every sheet: with Fluent's thousands of atomic rules that was a third of
 * the time of the pane's tests. Nothing in jsdom is hidden by a Fluent class (no layout, no media
 * queries); what the styles do is shown in Chromium (test/e2e: contrast, clipping, forced colours).
 */
if (typeof CSSStyleSheet !== 'undefined') {
  CSSStyleSheet.prototype.insertRule = function insertRule(): number {
    return 0;
  };
}
