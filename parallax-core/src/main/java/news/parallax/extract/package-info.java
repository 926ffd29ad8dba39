/** Main-text extraction: clean article paragraphs and metadata from pages. */
package news.parallax.extract;
