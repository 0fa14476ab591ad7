import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ICON_SIZES, iconSet, TOOLBAR_SIZES } from './lib/background/toolbar-icons';
// Where online lookups go (Wikipedia in the reader's language, and Wikidata), and what Firefox calls what they send.
import { LOOKUP_DATA_COLLECTION, WIKIMEDIA_ORIGINS } from './lib/online/permissions';
import { writeIcons } from './scripts/icons/render-icons';
import { noPreactHtmlSink } from './scripts/vite/no-preact-html-sink';
import { terseContentScript } from './scripts/vite/terse-content-script';

// Firefox needs an id, the first version with the CSS Custom Highlight API,
// and the data-collection declaration that AMO now requires.
const GECKO_ID = 'backstory@backstory.example';
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * Keyboard commands, changeable in the browser's shortcut settings (chrome://extensions/shortcuts, Firefox's
 * add-on shortcuts). Alt+Shift with a letter is within Chrome's rules and clear of its own shortcuts; J, K and L sit
 * together for previous, open and next, and H toggles the highlights. Chrome takes at most four suggested keys.
 */
const COMMANDS = {
  'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleSite__' },
  'open-card': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenCard__' },
  'next-name': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandNextName__' },
  'previous-name': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandPreviousName__' },
};

export default defineConfig({
  // Explicit imports only: every module says where its names come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Chrome and Firefox both ship MV3 builds.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), noPreactHtmlSink(), terseContentScript()],
    build: { sourcemap: false },
  }),
  hooks: {
    // The PNG icons are rendered from the SVG sources at every build, into WXT's own folder, then copied in.
    'build:publicAssets': (wxt, files) => {
      files.push(...writeIcons(resolve(wxt.config.wxtDir, 'icons')));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: glossaries of up to 10 MB each must fit beside everything else.
    // scripting: the content script is registered at run time, so switched-off sites never get it.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    // Every http and https page, where the background registers the content script (lib/background/content-registration.ts).
    host_permissions: ['http://*/*', 'https://*/*'],
    // Asked for only when the reader turns online lookups on, and given back when they turn them off.
    optional_host_permissions: [...WIKIMEDIA_ORIGINS],
    icons: iconSet(ICON_SIZES),
    action: { default_title: '__MSG_extName__', default_icon: iconSet(TOOLBAR_SIZES) },
    commands: COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing is sent unless the reader turns online lookups on; then the names found in the article,
              // which Firefox counts as website content, go to Wikimedia. The switch asks for this consent.
              data_collection_permissions: { required: ['none'], optional: [...LOOKUP_DATA_COLLECTION] },
            },
            // Firefox for Android reads the data-collection declaration from 142 on.
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
