/** WXT storage items for the settings, for extension pages and the background. */
import { storage } from 'wxt/utils/storage';
import type { Glossary } from './glossary/glossary-model';
import { GLOSSARIES, SITE_SWITCHES, type SiteSwitches } from './settings';

export const siteSwitches = storage.defineItem<SiteSwitches>(SITE_SWITCHES.key, {
  fallback: SITE_SWITCHES.fallback,
  version: SITE_SWITCHES.version,
});

export const glossaries = storage.defineItem<Glossary[]>(GLOSSARIES.key, {
  fallback: GLOSSARIES.fallback,
  version: GLOSSARIES.version,
});
