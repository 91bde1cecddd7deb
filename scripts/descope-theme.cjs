// Prints the default theme of @descope/web-components-ui as the theme.json
// that <descope-wc> fetches: {light:{globals,components}, dark:{…}}, built
// with the library's own themeToStyle. Run by scripts/vendor-assets.sh with
// NODE_PATH pointing at the pinned node_modules.
'use strict';

// The library's module body touches the DOM while defining its elements;
// empty stand-ins are enough, since only the pure theme helpers are called.
const inert = () => new Proxy(function () {}, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : inert()),
  apply: () => inert(),
  construct: () => inert(),
});
for (const name of ['HTMLElement', 'Element', 'Node', 'HTMLInputElement', 'Event', 'CustomEvent',
  'MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'CSSStyleSheet', 'ShadowRoot',
  'DocumentFragment', 'HTMLTemplateElement', 'DOMParser', 'Image', 'FocusEvent', 'KeyboardEvent',
  'MouseEvent', 'InputEvent', 'HTMLSlotElement', 'Text', 'Comment', 'Document', 'HTMLDocument',
  'SVGElement', 'CharacterData', 'NodeFilter']) {
  globalThis[name] = class {};
}
Object.assign(globalThis, {
  window: globalThis,
  document: inert(),
  customElements: { define() {}, get() {}, whenDefined: () => Promise.resolve() },
  localStorage: { getItem: () => null, setItem() {} },
  location: { href: 'http://localhost/', search: '' },
  getComputedStyle: () => inert(),
  requestAnimationFrame: (f) => setTimeout(f, 0),
});
Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'node', language: 'en' }, configurable: true });

const ui = require('@descope/web-components-ui');
const theme = {
  light: ui.themeToStyle(ui.defaultTheme, 'light'),
  dark: ui.themeToStyle(ui.darkTheme, 'dark'),
};
process.stdout.write(JSON.stringify(theme) + '\n');
