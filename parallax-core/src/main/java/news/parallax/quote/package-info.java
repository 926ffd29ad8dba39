/** Quotes: who said what in each article, and the same statement across outlets. */
package news.parallax.quote;
