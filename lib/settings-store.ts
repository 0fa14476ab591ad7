/** WXT storage items for the settings, for extension pages and the background. */
import { storage } from 'wxt/utils/storage';
import { SITE_SWITCHES, type SiteSwitches } from './settings';

export const siteSwitches = storage.defineItem<SiteSwitches>(SITE_SWITCHES.key, {
  fallback: SITE_SWITCHES.fallback,
  version: SITE_SWITCHES.version,
});
