import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '#lib/errors';
import { ArticleRepository } from '../../article.repository.js';
import { type ArticleView, toArticleView } from './article-view.js';
import { GetArticle } from './get-article.query.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One article's stream, folded: small and bounded, so it is read on request. */
@QueryHandler(GetArticle)
export class GetArticleHandler implements IQueryHandler<GetArticle> {
  constructor(private readonly articles: ArticleRepository) {}

  async execute({ articleId }: GetArticle): Promise<ArticleView> {
    if (!UUID.test(articleId)) throw new NotFoundError(`article ${articleId} not found`);
    const { state, position } = await this.articles.load(articleId.toLowerCase());
    if (!state.article) throw new NotFoundError(`article ${articleId} not found`);
    return toArticleView(state, position);
  }
}
