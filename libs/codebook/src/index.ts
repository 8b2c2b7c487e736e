export { Codebook, type CodebookSummary } from './codebook.js';
export { CONTEXTS, EVENT_TYPES, codebookSchema, type CodebookDocument, type EventContext, type EventType } from './codebook.schema.js';
export { CodebookError, findTopicsDirectory, loadCodebookFile, loadCodebooks } from './load-codebooks.js';
export { CodebookRegistry } from './codebook-registry.js';
export { CodebookModule } from './codebook.module.js';
export { ListTopics } from './queries/list-topics/list-topics.query.js';
export { ListTopicsHandler } from './queries/list-topics/list-topics.handler.js';
export { GetTopic } from './queries/get-topic/get-topic.query.js';
export { GetTopicHandler } from './queries/get-topic/get-topic.handler.js';
