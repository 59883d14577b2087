/**
 * Where the workbench finds the project and keeps its data. Everything it writes goes under the
 * git-ignored `.workbench/` folder (database, bundle cache) or `artifacts/` (screenshots).
 */
import * as path from 'node:path';

/** The repository root (this file lives in `scripts/workbench/`). */
export const ROOT = path.resolve(__dirname, '..', '..');
export const FORCE_APP = path.join(ROOT, 'force-app');
export const FORCE_APP_MAIN = path.join(FORCE_APP, 'main');
export const WORKBENCH_DIR = path.join(ROOT, 'scripts', 'workbench');
export const DATA_DIR = path.join(ROOT, '.workbench');
/** The local org's saved records (`org.json`). */
export const DEFAULT_ORG_DIR = path.join(DATA_DIR, 'org');
export const BUNDLE_CACHE_DIR = path.join(DATA_DIR, 'bundle');
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts', 'screenshots');
export const NODE_MODULES = path.join(ROOT, 'node_modules');
export const TSX_BIN = path.join(NODE_MODULES, '.bin', 'tsx');
