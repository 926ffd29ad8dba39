/** The immutable values that flow between Parallax's stages: pages, articles, spans, stories. */
package news.parallax.model;
