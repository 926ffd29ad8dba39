/** The HTTP API and the server-rendered web UI over a store of stories ({@code parallax serve}). */
package news.parallax.serve;
