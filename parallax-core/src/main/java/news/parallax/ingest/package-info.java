/** Reading inputs (HTML, text dumps, JSON lines, WARC, gzip, directories) into pages. */
package news.parallax.ingest;
