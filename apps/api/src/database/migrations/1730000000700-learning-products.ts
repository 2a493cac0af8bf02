import { MigrationInterface, QueryRunner } from 'typeorm';

/** Learning products: how learning from reviews is shared (7-minute briefings, events…) and their reach. */
export class LearningProducts1730000000700 implements MigrationInterface {
  name = 'LearningProducts1730000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_learning_products__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_learning_products__kind CHECK (kind IN (
          'seven-minute-briefing', 'learning-event', 'newsletter-item', 'practitioner-forum', 'podcast', 'webinar', 'other')),
        title text NOT NULL CONSTRAINT ck_learning_products__title CHECK (length(title) BETWEEN 1 AND 300),
        published_on date NOT NULL,
        reach int CONSTRAINT ck_learning_products__reach CHECK (reach >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_learning_products__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_learning_products__partnership_id_id UNIQUE (partnership_id, id)
      );
      CREATE INDEX ix_learning_products__partnership_id_published_on ON learning_products (partnership_id, published_on);

      CREATE TABLE learning_product_reviews (
        partnership_id uuid NOT NULL,
        learning_product_id uuid NOT NULL,
        review_id uuid NOT NULL,
        PRIMARY KEY (learning_product_id, review_id),
        CONSTRAINT fk_learning_product_reviews__learning_product_id FOREIGN KEY (partnership_id, learning_product_id)
          REFERENCES learning_products (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_learning_product_reviews__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_learning_product_reviews__review_id ON learning_product_reviews (review_id);

      CREATE TABLE learning_product_themes (
        partnership_id uuid NOT NULL,
        learning_product_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (learning_product_id, theme_id),
        CONSTRAINT fk_learning_product_themes__learning_product_id FOREIGN KEY (partnership_id, learning_product_id)
          REFERENCES learning_products (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_learning_product_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learning_product_themes; DROP TABLE learning_product_reviews; DROP TABLE learning_products;`);
  }
}
