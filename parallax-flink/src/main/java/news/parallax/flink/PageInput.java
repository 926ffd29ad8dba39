package news.parallax.flink;

import news.parallax.model.InputError;
import news.parallax.model.Page;

/**
 * A page as a source read it, or an input that failed to read, with its place in the job's
 * input order once {@link Numbering} gave it one.
 *
 * @param seq the place in input order, from 0; -1 before numbering
 * @param page the page ({@link Payloads#page}), or null for a failed input
 * @param source the failed input, when page is null
 * @param reason why it failed, when page is null
 */
public record PageInput(long seq, byte[] page, String source, String reason) {
  static PageInput of(Page p) {
    return new PageInput(-1, Payloads.page(p), null, null);
  }

  static PageInput failed(InputError e) {
    return new PageInput(-1, null, e.source(), e.reason());
  }

  PageInput numbered(long n) {
    return new PageInput(n, page, source, reason);
  }

  InputError error() {
    return new InputError(source, reason);
  }
}
