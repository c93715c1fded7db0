/**
 * The project's manifest (appsscript.json) as the emulator needs it: the OAuth scopes Apps
 * Script grants and the advanced services it turns on.
 * https://developers.google.com/apps-script/manifest
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

export interface Manifest {
  timeZone?: string;
  /** Explicit scopes: Apps Script then grants exactly these (absent = detected from the code). */
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
  [key: string]: unknown;
}

/** The repository's appsscript.json: the build copies it to dist/ beside the bundle. */
export const PROJECT_MANIFEST_PATH = path.resolve(__dirname, '..', 'appsscript.json');

export function readManifest(file: string = PROJECT_MANIFEST_PATH): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Whether the manifest turns on an advanced service, by id and version (e.g. drive v3). */
export function advancedService(
  manifest: Manifest,
  serviceId: string,
  version: string,
): AdvancedService | undefined {
  return manifest.dependencies?.enabledAdvancedServices?.find(
    (service) => service.serviceId === serviceId && service.version === version,
  );
}
