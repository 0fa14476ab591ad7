import { useEffect, useState } from 'preact/hooks';
import type { SitesSectionProps } from '../../components/options/SitesSection';
import { type SiteSwitches, withSite } from '../../lib/settings/settings';
import { siteSwitches } from '../../lib/settings/store';

/** The sites the reader switched, in name order, live: a switch in the popup shows here at once. */
export function useSites(onError: (error: unknown) => void): SitesSectionProps {
  const [switches, setSwitches] = useState<SiteSwitches>({});
  useEffect(() => {
    void siteSwitches.getValue().then(setSwitches);
    return siteSwitches.watch(setSwitches);
  }, []);
  const onToggle = async (site: string, on: boolean) => {
    try {
      // Local storage has no write-rate limit: each switch is written as it is made.
      await siteSwitches.setValue(withSite(await siteSwitches.getValue(), site, on));
    } catch (error) {
      onError(error);
    }
  };
  return {
    sites: Object.entries(switches)
      .map(([site, on]) => ({ site, on }))
      .sort((a, b) => a.site.localeCompare(b.site)),
    onToggle: (site, on) => void onToggle(site, on),
  };
}
