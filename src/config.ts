/**
 * hindsight.config.json: finding and checking it (src/config/load.ts), what it may hold
 * (src/config/schema.ts), merging it with the defaults and the command line (src/config/resolve.ts),
 * the starter file `hindsight init` writes (src/config/starter.ts), and how it shapes the findings
 * (src/config/findings.ts). docs/configuration.md describes every key.
 */
export { loadConfig, parseConfigText, keyPath, type LoadedConfig } from './config/load.js';
export { CONFIG_FILE_NAME, ConfigFileSchema, isTimeZone, knownRuleIds, parseConfigDate, type ConfigFile, type RuleSetting } from './config/schema.js';
export {
  DEFAULT_FORMATS,
  DEFAULT_TIME_ZONE,
  auditOptionsFrom,
  printableConfig,
  reportConfig,
  resolveConfig,
  type ConfigFlags,
  type EffectiveConfig,
} from './config/resolve.js';
export { STARTER_CONFIG, writeStarterConfig } from './config/starter.js';
export { findingsFor } from './config/findings.js';
