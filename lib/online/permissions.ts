/**
 * What online lookups need the browser to grant, and how to tell a change of
 * permissions that concerns them. No extension API here: the switch, the
 * background and the build tests share it.
 */

export const WIKIMEDIA_ORIGINS = ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*'];

/**
 * Firefox's category for what lookups send: names as they are written in the article, which is website content
 * ("anything visible on a website, such as text"). Declared optional in the Firefox manifest (wxt.config.ts).
 */
export const LOOKUP_DATA_COLLECTION = ['websiteContent'];

export interface OnlinePermissions {
  origins: string[];
  data_collection?: string[];
}

/** The permissions API as Firefox 140 and later have it, with data collection; Chrome's lacks that key. */
export interface PermissionsLike {
  request(permissions: OnlinePermissions): Promise<boolean>;
  remove(permissions: OnlinePermissions): Promise<boolean>;
  contains(permissions: OnlinePermissions): Promise<boolean>;
}

export interface ManifestLike {
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: string[] } } };
}

/**
 * What lookups need granted: the Wikimedia hosts, and the data-collection consent where the manifest declares it
 * (the Firefox build, for Firefox 140 on, which has the consent flow). Read from the manifest, without waiting,
 * so a request still runs inside the reader's click.
 */
export function onlinePermissions(manifest: ManifestLike): OnlinePermissions {
  const declared = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
  return LOOKUP_DATA_COLLECTION.every((category) => declared.includes(category))
    ? { origins: WIKIMEDIA_ORIGINS, data_collection: LOOKUP_DATA_COLLECTION }
    : { origins: WIKIMEDIA_ORIGINS };
}

/** Whether a change of permissions touches one that lookups need. */
export function touchesLookups(changed: { origins?: string[]; data_collection?: string[] }): boolean {
  return (
    !!changed.origins?.some((origin) => WIKIMEDIA_ORIGINS.includes(origin)) ||
    !!changed.data_collection?.some((category) => LOOKUP_DATA_COLLECTION.includes(category))
  );
}
