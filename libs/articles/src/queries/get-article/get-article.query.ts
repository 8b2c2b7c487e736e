import { Query } from '@nestjs/cqrs';
import type { ArticleView } from './article-view.js';

export class GetArticle extends Query<ArticleView> {
  constructor(readonly articleId: string) {
    super();
  }
}
