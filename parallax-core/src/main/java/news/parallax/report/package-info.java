/** Writers for runs: the versioned JSON schema, a Markdown brief, a self-contained HTML page. */
package news.parallax.report;
