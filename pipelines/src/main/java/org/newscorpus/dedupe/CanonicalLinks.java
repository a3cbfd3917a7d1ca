package org.newscorpus.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newscorpus.read.DumpReader;
import org.newscorpus.schema.Article;

/**
 * Whether a page names another page as its canonical one: its {@code <link rel=canonical>} (or
 * {@code og:url}) points away from where the page itself stands. An AMP page, a print view, a
 * mobile host or a link with tracking parameters says so of itself; the page it names is the one
 * that stands for the story when nothing else tells the two apart ({@link CanonicalOrder}).
 *
 * <p>Where a page stands is its fetched URL. A dump file has no fetched URL, and the contract gives
 * it its canonical URL as {@code url}; it stands at its path below the input folder when that path
 * is the URL's host and path ({@code html/lemonde.fr/a/b.html.gz} stands at {@code
 * https://lemonde.fr/a/b}). When the dump's path does not name the canonical URL's host, where the
 * page stands is unknown, and it is not said to point away.
 *
 * <p>URLs are compared without their scheme, port, leading {@code www.}, trailing slash and
 * fragment: {@code http://www.a.com/x/} and {@code https://a.com/x} are one place.
 */
final class CanonicalLinks {

  /** A URI's scheme at the start of a path ({@code file:}, {@code s3:}). */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private CanonicalLinks() {}

  /** True when {@code a} declares a canonical URL other than where it stands. */
  static boolean pointsElsewhere(Article a) {
    String canonical = a.getCanonicalUrl();
    if (canonical == null) {
      return false;
    }
    String target = place(canonical);
    if (target == null) {
      return false;
    }
    if (a.getCrawledAt() == null && a.getInputOffset() == null && a.getUrl().equals(canonical)) {
      return pointsAwayFromDumpPath(a.getInputUri(), target);
    }
    String own = place(a.getUrl());
    return own != null && !own.equals(target);
  }

  /**
   * For a dump file at {@code inputUri} whose canonical URL is at {@code target} (host and path as
   * {@link #place} gives them): true when the file's path holds the target's host as a folder but
   * not its path; false when it stands at the target ({@code …/index} standing for its folder), or
   * names no such host.
   */
  static boolean pointsAwayFromDumpPath(String inputUri, String target) {
    String path = decoded(DumpReader.stripDumpExtension(inputUri.replace('\\', '/')));
    int slash = target.indexOf('/');
    String host = slash < 0 ? target : target.substring(0, slash);
    String rest = after(path, "/" + host + "/");
    if (rest == null) {
      rest = after(path, "/www." + host + "/");
    }
    if (rest == null) {
      return false;
    }
    if (rest.equals("index") || rest.endsWith("/index")) {
      rest = rest.substring(0, rest.length() - "index".length());
    }
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return !rest.equals(slash < 0 ? "" : target.substring(slash + 1));
  }

  /** What follows the last {@code folder} in {@code path} (the folder compared case-insensitively), or null. */
  private static String after(String path, String folder) {
    int at = path.toLowerCase(Locale.ROOT).lastIndexOf(folder);
    return at < 0 ? null : path.substring(at + folder.length());
  }

  /** {@code path} with its %-escapes decoded when it is a URI's (a {@code file:} input); else as it is. */
  private static String decoded(String path) {
    if (path.indexOf('%') < 0 || !SCHEME.matcher(path).find()) {
      return path;
    }
    try {
      String p = new URI(path).getPath();
      return p == null ? path : p;
    } catch (URISyntaxException e) {
      return path;
    }
  }

  /**
   * The host (lower case, without {@code www.}), the path (%-escapes decoded, without a trailing
   * slash) and the query of an http(s) URL; null when it is not one.
   */
  static String place(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = uri.getRawQuery();
    return host + path + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
