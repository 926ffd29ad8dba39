/** A store that remembers pages, articles, their revisions and stories across runs: SQLite or PostgreSQL. */
package news.parallax.store;
