/** Fetching the news: URLs, feeds and sitemaps, politely, with every response kept in a WARC file. */
package news.parallax.fetch;
