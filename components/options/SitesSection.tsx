import { useState } from 'preact/hooks';
import { plural } from '../../lib/i18n';
import { useT } from '../i18n';
import { Switch } from '../Switch';

export interface SiteRow {
  site: string;
  on: boolean;
}

export interface SitesSectionProps {
  sites: SiteRow[];
  onToggle(site: string, on: boolean): void;
}

/** Every site the reader switched in the popup, with its switch, and a search over them. */
export function SitesSection({ sites, onToggle }: SitesSectionProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLowerCase();
  const shown = wanted ? sites.filter((s) => s.site.includes(wanted)) : sites;
  return (
    <section class="options-section" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      {sites.length === 0 ? (
        <p class="empty" data-state="no-sites">
          {t('sitesEmpty')}
        </p>
      ) : (
        <>
          <p class="hint">{t('sitesHint')}</p>
          <label class="field">
            <span>{t('sitesSearch')}</span>
            <input
              type="search"
              class="sites-search"
              autocomplete="off"
              spellcheck={false}
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <p class="list-status" role="status">
            {plural(t, 'sitesCount', shown.length)}
          </p>
          {shown.length === 0 ? (
            <p class="empty" data-state="no-match">
              {t('sitesNoMatch', query.trim())}
            </p>
          ) : (
            <ul class="site-list">
              {shown.map((row) => (
                <li key={row.site}>
                  <Switch
                    class="site-row"
                    checked={row.on}
                    label={t('sitesSwitch', row.site)}
                    onChange={(on) => onToggle(row.site, on)}
                  >
                    {row.site}
                  </Switch>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
