-- The Parallax store (PostgreSQL). Keep in step with ../sqlite/V1__store.sql.

-- One row per ingest batch: the unit of a transaction and of the clusterer's replay.
CREATE TABLE batches (
  no BIGINT PRIMARY KEY,
  started TEXT NOT NULL,
  pages INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  errors INTEGER NOT NULL
);

-- Pages as received; the content hash makes a page ingested twice a no-op.
CREATE TABLE pages (
  hash TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT,
  fetched TEXT,
  format TEXT NOT NULL,
  body BYTEA NOT NULL,
  batch BIGINT NOT NULL,
  article_id TEXT,
  revision INTEGER
);

-- Articles: seq is the arrival order; batch the one in which the article joined the clusterer.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  seq BIGINT NOT NULL UNIQUE,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  language TEXT,
  revision INTEGER NOT NULL,
  batch BIGINT NOT NULL
);
CREATE INDEX articles_batch ON articles (batch, seq);

-- Every revision of an article: its parallax/1 record and its analysis (deflated JSON).
CREATE TABLE revisions (
  article_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  page_hash TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  received TEXT NOT NULL,
  record TEXT NOT NULL,
  analysis BYTEA NOT NULL,
  PRIMARY KEY (article_id, revision)
);

-- Stories: the current view (parallax/1 record and the view for reports) and what lists them.
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  first_seq BIGINT NOT NULL,
  latest TEXT NOT NULL,
  updated TEXT NOT NULL,
  title TEXT,
  languages TEXT NOT NULL,
  outlets TEXT NOT NULL,
  record TEXT NOT NULL,
  view BYTEA NOT NULL
);
CREATE INDEX stories_latest ON stories (latest);
CREATE INDEX stories_order ON stories (size DESC, first_seq);

CREATE TABLE story_members (
  story_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  joined TEXT NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_members_article ON story_members (article_id);

-- Site learning: which pages of a site held a paragraph (by the hash of its key).
CREATE TABLE site_paragraphs (
  site TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  page TEXT NOT NULL,
  PRIMARY KEY (site, key_hash, page)
);

-- Saved state of the corpus stages, with the batch it stands after.
CREATE TABLE corpus_state (
  name TEXT PRIMARY KEY,
  batch BIGINT NOT NULL,
  data BYTEA NOT NULL
);

CREATE TABLE errors (
  id BIGSERIAL PRIMARY KEY,
  batch BIGINT,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Full text: words (Han text as overlapping pairs of characters) of articles and stories.
CREATE TABLE search (
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  terms TSVECTOR NOT NULL,
  PRIMARY KEY (kind, ref)
);
CREATE INDEX search_terms ON search USING GIN (terms);
