/** The {@code parallax} command-line tool. */
package news.parallax.app;
