package news.parallax.entity;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Country and territory names in English and Chinese, from CLDR through ICU4J. */
final class Places {
  private static final Set<String> NAMES = load();

  private Places() {}

  static boolean isPlace(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String region : ULocale.getISOCountries()) {
      ULocale r = new ULocale("", region);
      out.add(r.getDisplayCountry(ULocale.ENGLISH).toLowerCase(Locale.ROOT));
      out.add(r.getDisplayCountry(ULocale.SIMPLIFIED_CHINESE));
    }
    return Set.copyOf(out);
  }
}
