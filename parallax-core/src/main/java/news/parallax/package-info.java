/**
 * Parallax: one news event seen through many outlets and languages. Start with {@link
 * news.parallax.Parallax}.
 */
package news.parallax;
