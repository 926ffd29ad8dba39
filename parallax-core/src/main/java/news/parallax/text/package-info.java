/** Sentences, tokens, stop words and the zh↔en dictionary, per language. */
package news.parallax.text;
