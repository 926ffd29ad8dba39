/** Helpers shared by the stages; not part of the API. */
package news.parallax.internal;
