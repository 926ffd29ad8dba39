/** Near-duplicates: syndicated articles and paragraphs copied from wire stories. */
package news.parallax.dedup;
