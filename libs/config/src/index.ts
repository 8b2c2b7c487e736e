export {
  AppConfig,
  ConfigError,
  loadConfig,
  loadSettings,
  type QueueConnection,
  type ServerChoice,
  type Servers,
  Settings,
  type WebhookConfig,
} from './app-config.js';
export { ConfigModule } from './config.module.js';
