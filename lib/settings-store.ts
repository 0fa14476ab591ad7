/** WXT storage items for the settings, for extension pages and the background. */
import { storage } from 'wxt/utils/storage';
import type { Glossary } from './glossary/glossary-model';
import { GLOSSARIES, HIDDEN_NAMES, type HiddenNames, SITE_SWITCHES, type SiteSwitches } from './settings';

export const siteSwitches = storage.defineItem<SiteSwitches>(SITE_SWITCHES.key, {
  fallback: SITE_SWITCHES.fallback,
  version: SITE_SWITCHES.version,
});

export const glossaries = storage.defineItem<Glossary[]>(GLOSSARIES.key, {
  fallback: GLOSSARIES.fallback,
  version: GLOSSARIES.version,
});

// ---- Names not highlighted on a site (added by the card work) ----
export const hiddenNames = storage.defineItem<HiddenNames>(HIDDEN_NAMES.key, {
  fallback: HIDDEN_NAMES.fallback,
  version: HIDDEN_NAMES.version,
});
