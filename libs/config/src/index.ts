export { AppConfig, ConfigError, loadConfig, type WebhookConfig } from './app-config.js';
export { ConfigModule } from './config.module.js';
