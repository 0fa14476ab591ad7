import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox needs an id, the first version with the CSS Custom Highlight API,
// and the data-collection declaration that AMO now requires.
const GECKO_ID = 'backstory@backstory.example';
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  // Explicit imports only: every module says where its names come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Chrome and Firefox both ship MV3 builds.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: glossaries of up to 10 MB each must fit beside everything else.
    // scripting: the content script is registered at run time, so switched-off sites never get it.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from 142 on.
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
