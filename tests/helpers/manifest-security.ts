/**
 * The parts of a manifest that decide what Backstory may reach and what may reach it. Tests compare them with
 * tests/fixtures/manifest-security.json, so adding a permission, a host, a content-script match or a web-accessible
 * resource fails until the snapshot is changed on purpose.
 */
import snapshot from '../fixtures/manifest-security.json';

export const MANIFEST_SNAPSHOT: Record<'chrome' | 'firefox', Record<string, unknown>> = snapshot;

const TOP_LEVEL = [
  'permissions',
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'web_accessible_resources',
  'externally_connectable',
  'content_security_policy',
  'sandbox',
] as const;

type Manifest = Record<string, unknown> & {
  content_scripts?: Record<string, unknown>[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
};

/** Every field that matters, a missing one as null; content scripts keep everything but their file names. */
export function securityFields(manifest: Manifest): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.fromEntries(TOP_LEVEL.map((key) => [key, manifest[key] ?? null]));
  fields.content_scripts = manifest.content_scripts?.map(({ js, css, ...rest }) => rest) ?? null;
  fields.data_collection_permissions = manifest.browser_specific_settings?.gecko?.data_collection_permissions ?? null;
  return fields;
}
