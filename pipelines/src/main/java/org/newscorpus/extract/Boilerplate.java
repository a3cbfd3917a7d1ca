package org.newscorpus.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * What page furniture looks like, in the markup and in the text, in the corpus languages (en, fr,
 * es, de, ar). Takes an element or a line of text and says whether it is furniture: navigation,
 * tickers, share bars, related and most-read lists, comments, newsletter and cookie boxes,
 * image-report notices, credit and "read more" lines, footers.
 *
 * <p>Class and id hints are matched on tokens (split at {@code - _} and camelCase, lowercased),
 * so that {@code ad} does not match {@code header}; long, distinctive words also match inside a
 * compound ({@code relatedPosts}, {@code sharebar}).
 */
public final class Boilerplate {

  /**
   * Class names of text that only screen readers read (Bootstrap's and Tailwind's {@code sr-only},
   * WordPress's {@code screen-reader-text}, Drupal's {@code element-invisible}…): no one sees it on
   * the page. Strong furniture, and left out of a title ({@link Titles#shownText}).
   */
  static final Set<String> SCREEN_READER_ONLY =
      Set.of("sronly", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "element-invisible",
          "a11y-hidden");

  /** Strong furniture words: such a block goes even when its name also says "content". */
  private static final Set<String> STRONG_TOKENS = Stream.concat(SCREEN_READER_ONLY.stream(), Stream.of("comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter",
          "newsletters", "share", "shares", "sharing", "sharer", "sharebar", "social", "socials", "related", "outbrain",
          "taboola", "zergnet", "revcontent", "mostread", "most-read", "popular", "trending", "breadcrumb",
          "breadcrumbs", "ticker", "marquee", "modal", "lightbox", "signup", "recommended", "recommendations", "recirculation", "promo", "promotion",
          "advertisement", "adsbygoogle", "partage", "partager", "commentaires",
          "publicite", "compartir", "comentarios", "relacionadas", "relacionados", "publicidad", "teilen",
          "kommentare", "kommentar", "anzeige", "werbung", "empfehlungen", "skip-link", "signaler", "report-image"))
      .collect(Collectors.toUnmodifiableSet());

  /** Weak furniture words: such a block goes unless its name also says "content". */
  private static final Set<String> WEAK_TOKENS =
      Set.of("nav", "navbar", "navigation", "menu", "submenu", "sidebar", "side", "aside",
          "footer", "foot", "header", "masthead", "banner", "ad", "ads", "adv", "advertising", "dfp", "gpt", "meta",
          "byline", "author", "authors", "bio", "tags", "tag", "tagcloud", "keywords", "topics", "categories",
          "pagination", "pager", "print", "tools", "toolbar", "rating", "vote", "login", "signin", "register",
          "search", "caption", "credit", "credits", "noprint", "advert", "sponsored", "sponsor", "popup",
          "overlay", "paywall", "subscribe", "subscription", "toc", "more", "next", "prev",
          "previous", "alert", "notification", "follow", "rss", "feed", "calendar",
          "recommend", "lire-aussi", "a-lire", "aussi", "mas-leidas", "masleidas", "weitere",
          "breaking", "dateline", "timestamp", "date", "published", "posted", "disclaimer", "copyright", "legal",
          "signal", "report", "source", "cta", "disclosure", "respond");

  /** Content words: a block so named is kept against a weak furniture word. */
  private static final Set<String> CONTENT_TOKENS =
      Set.of("article", "articlebody", "entry", "content", "post", "postbody", "story", "storybody", "main", "text",
          "body", "prose", "richtext", "markdown", "hentry", "blog", "single", "contenu", "texte", "corps", "inhalt",
          "artikel", "artikeltext", "contenido", "cuerpo", "nota", "noticia");

  /** Distinctive furniture words found inside compounds ({@code relatedPosts}, {@code sharebar}). */
  private static final Pattern STRONG_COMPOUND =
      Pattern.compile(
          "related|comment|sharebar|share-?buttons|social-?(?:share|media|links|icons)|newsletter|cookie|consent"
              + "|breadcrumb|outbrain|taboola|most-?read|most-?popular|read-?more|readmore|read-?next|more-?stories"
              + "|also-?read|see-?also|you-?may|ticker|lire-?aussi|articles?-?lies|compartir|relacionad|mas-?leid"
              + "|meistgelesen|empfehl"
              // WordPress Jetpack's like and share block
              + "|sharedaddy|jp-post-flair");

  /** Furniture words found inside compounds that yield to a content name ({@code contentSidebar}). */
  private static final Pattern WEAK_COMPOUND = Pattern.compile("sidebar|subscri|advert|sponsor|promo-|paywall|popup|postmeta|post-meta");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Roles of landmark furniture. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
          "alertdialog", "toolbar", "tablist", "button", "doc-footnote");

  /**
   * A short line that names a photo agency: the one {@link #FURNITURE_LINE} alternative that may
   * start anywhere, and so the one that costs most on a line that matches nothing.
   */
  private static final String PHOTO_AGENCY_LINE =
      ".{0,40}\\b(?:getty images|istock(?:photo)?(?:\\.com)?|shutterstock"
          + "|picture[- ]alliance|imago images|keystone|afp|dpa|reuters|epa|ap photo)\\b.{0,30}";

  /** Words every match of {@link #PHOTO_AGENCY_LINE} holds, in lowercase. */
  private static final List<String> PHOTO_AGENCIES =
      List.of("getty images", "istock", "shutterstock", "picture-alliance", "picture alliance", "imago images", "keystone",
          "afp", "dpa", "reuters", "epa", "ap photo");

  /**
   * A short line that asks for JavaScript in a phrase that may start anywhere in it ("Pour
   * continuer, activez JavaScript", "JavaScript wird benötigt"): like {@link #PHOTO_AGENCY_LINE},
   * alternatives that try every start and cost most on a line that matches nothing.
   */
  private static final String JAVASCRIPT_ANYWHERE_LINE =
      ".{0,80}\\b(?:aktivieren sie|activez|activer|habilita|habilite|włącz(?: obsługę)?(?: języka)?) (?:le |el )?javascript.*"
          + "|.{0,80}\\bjavascript (?:wird )?(?:benötigt|erforderlich)\\.?";

  /** The word every match of {@link #JAVASCRIPT_ANYWHERE_LINE} holds, in lowercase. */
  private static final String JAVASCRIPT = "javascript";

  /** An English month's name or abbreviation, as an "Updated March 3, 2024" line writes it. */
  private static final String ENGLISH_MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?";

  /** Short lines that are furniture whatever their markup, anchored at both ends. */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?iu)^(?:"
              // en
              + "advertisement|advert|ads?|sponsored(?: content)?|share(?: this)?(?: (?:article|story|post|page))?(?: on .{1,40})?"
              + "|tweet|email|print|comments?(?: \\(\\d+\\))?|\\d+ comments?|leave a (?:reply|comment).*|post a comment.*"
              + "|(?:related|recommended)(?: (?:articles|posts|stories|content|news|reading|coverage))?:?"
              + "|read (?:more|also|next|the full (?:story|article))\\b.*|also read\\b.*|see also\\b.*|more on this\\b.*"
              + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested).*|more from .{1,60}|most (?:read|popular)(?:\\s+\\p{L}+){0,3}\\s*:?"
              + "|follow us(?:(?:\\s*[:!|.]|\\s+(?:on|at|for|in|via)\\b).*)?|subscribe\\b.*"
              + "|sign up(?:(?:\\s*[:!→.]|\\s+(?:for|to|now|here|today|with|in|and|free|below)\\b).*)?|(?:get|join) (?:our|the) newsletter.*|click here to .*"
              + "|(?:photo|image|picture|pic|credit|illustration|video)s?(?: credit)?\\s*:.{0,100}|©.*|\\(c\\) \\d{4}.*"
              + "|copyrights?(?:(?:\\s+[^\\s.]+){0,3}\\.?|\\s*(?:[©:,|–-]|\\(c\\)|\\d{4}|by\\b).{0,100})|all rights reserved.*|we use cookies.*|this (?:web)?site uses cookies.*"
              + "|(?:accept|allow|manage)(?: all)? cookies.*|tags?\\s*:.*|filed under\\b.*|posted in\\b(?!\\s*\\d).*"
              + "|categories\\s*:.*|advertisement - (?:scroll|continue) .*|continue reading.*|skip to (?:main )?content"
              + "|(?:please )?enable javascript.*|javascript (?:is )?(?:disabled|required).*|bitte aktivieren sie javascript.*"
              + "|veuillez activer (?:le )?javascript.*|you need (?:to (?:enable|turn on) )?javascript.*|turn on (?:your )?javascript.*"
              + "|" + JAVASCRIPT_ANYWHERE_LINE
              + "|you do(?: not|n't|n’t) (?:appear to |seem to )?have javascript (?:enabled|turned on).*"
              + "|(?:this|the) (?:application|app|site|website|page|web page) requires javascript"
              + "(?:\\s+(?:be |to be )?enabled\\b.*|\\s+(?:to|in order to)\\s+(?:function|work|run|display|view)\\b.*|\\s*[.!].*)?"
              + "|javascript (?:must|needs to) be (?:enabled|turned on).*"
              // page-tool and credit lines
              + "|(?:print|drucken|imprimer|imprimir)(?: (?:recipe|rezept|recette|receta|this page|article))?"
              + "|rezept drucken|gef[äa]llt mir|like recipe\\??"
              // WordPress's like button before its script has run: "Gefällt mir Wird geladen …", "Like Loading..."
              + "|(?:gef[äa]llt mir|like|j'aime|me gusta) (?:wird geladen|loading|chargement|cargando)\\s?(?:\\.{0,3}|…)|\\(?noch keine bewertungen\\)?|no ratings yet"
              + "|(?:last )?(?:modified|updated)(?:\\s*:.{0,40}|\\s+(?:(?:on|at|by|" + ENGLISH_MONTH + ")\\b|\\d).{0,40})?|aktualisiert am.{0,40}|erstellt am.{0,40}"
              + "|(?:this entry|dieser eintrag|der beitrag|dieser beitrag) wurde?.{0,80}ver[öo]ffentlicht.{0,160}"
              + "|this entry was posted.{0,160}|(?:titelbild|beitragsbild|aufmacherbild|headerbild)\\s*:?.{0,80}"
              + "|\\(?(?:credit|cr[ée]dit|bildnachweis|fotos?|quelle|quellenangaben?)\\s*:.{0,80}|quellen ausblenden"
              + "|-? ?anzeige ?-?|\\*?werbung(?:\\s*[:|/.*)–-].{0,100}| schalten| f(?:ü|ue)r [^.!?]{1,40})?|anzeige, enth[äa]lt.{0,80}|wird geladen.{0,10}|loading(?: [\\w-]{1,20})?(?:\\.{0,3}|…)"
              + "|(?:permalien|permalink)(?: https?://\\S+)?|mehr themen:?|" + PHOTO_AGENCY_LINE
              // fr
              + "|publicit[ée]|partager(?: sur .{1,40})?|partagez.*|lire (?:aussi|[ée]galement|la suite)\\b.*|[àa] lire (?:aussi|[ée]galement)\\b.*|[àa] lire(?:\\s*:.*)?"
              + "|voir aussi\\b.*|vous (?:aimerez|pourriez aimer|pourriez aussi aimer)\\b.*|sur le m[êe]me sujet(?:\\s*[:»›|–-].*)?|commentaires?|r[ée]agir|abonnez-vous\\b.*|inscrivez-vous\\b.*"
              + "|suivez-nous\\b.*|nous utilisons des cookies.*|tous droits r[ée]serv[ée]s.*|merci d'avoir signal[ée].*"
              + "|cette image sera automatiquement bloqu[ée]e.*|signaler (?:cette image|un abus|une erreur|ce contenu).*"
              + "|cliquez ici pour lire l'article depuis sa source\\.?|cr[ée]dits? photos?\\s*:.*|source\\s*:.{0,80}"
              // es
              + "|publicidad|compartir(?: en .{1,40})?|lee tambi[ée]n\\b.*|leer m[áa]s\\b.*|te puede interesar.*"
              + "|noticias relacionadas(?:\\s*[:|»›–-].*)?|comentarios|suscr[íi]bete\\b.*|s[íi]guenos\\b.*|utilizamos cookies.*"
              + "|todos los derechos reservados.*|fuente\\s*:.{0,80}|foto\\s*:.{0,100}"
              // de
              + "|anzeige|werbung|teilen|weiterlesen.*|mehr zum thema.*|lesen sie (?:auch|mehr)\\b.*|auch interessant(?:\\s*:.*)?"
              + "|das k[öo]nnte sie (?:auch )?interessieren.*|kommentare?|kommentieren|abonnieren\\b.*|folgen sie uns\\b.*"
              + "|wir verwenden cookies.*|alle rechte vorbehalten.*|quelle\\s*:.{0,80}|bild\\s*:.{0,100}"
              // ar
              + "|إعلان|شارك(?:\\s+(?:على|عبر)\\s+.{1,30}|\\s+(?:هذا\\s+)?(?:المقال|الخبر|الموضوع|الصفحة)(?:\\s+.{1,30})?)?|شاركوا|شاركها"
              + "|[اإأ]قرأ (?:أيضا|ايضا|كذلك|المزيد).*|(?:مواضيع|أخبار|مقالات) ذات صلة(?:\\s*[:|»›–-].*)?|ذات صلة|التعليقات|تابعونا.*"
              + ")$");

  /**
   * Headings that open the furniture after an article: related stories, the author's box,
   * contact and sharing blocks, comments. A body is cut at such a heading in its last part.
   */
  private static final Pattern TAIL_HEADING =
      Pattern.compile(
          "(?iu)^(?:"
              + "related(?: (?:articles|posts|stories|content|reading|news|coverage|topics))?|more (?:stories|articles|news|"
              + "from .{1,40}|on this topic|like this|to read)|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading)?"
              + "|read (?:more|next|also)|further reading|about the author|about the authors?|author bio|share this(?: article| post| story)?"
              + "|did you (?:like|enjoy) this(?: article| post)?|was this (?:article|page|post) (?:helpful|useful)|popular (?:posts|articles|stories)"
              + "|latest (?:news|posts|articles|stories)|leave a (?:reply|comment)|comments?|tags?|keep reading"
              + "|most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|news|this week|today))?|trending(?: now| stories| news)?"
              + "|meistgelesen(?:e (?:artikel|nachrichten|beitr[äa]ge))?|am meisten gelesen|les plus (?:populaires|partag[ée]s|comment[ée]s|consult[ée]s)"
              + "|lo m[áa]s (?:visto|popular|compartido|comentado)|الأكثر (?:مشاهدة|تعليقا|تعليقاً|تداولا|تداولاً)"
              + "|(?:[äa]hnliche|verwandte|weitere) (?:beitr[äa]ge|artikel|themen|themenbereiche|nachrichten|meldungen)"
              + "|mehr (?:zum thema|themen|zu diesem thema|artikel)|das (?:k[öo]nnte|thema k[öo]nnte) (?:dich|sie) (?:auch )?interessieren"
              + "|lesen sie (?:auch|mehr)|zum weiterlesen|[üu]ber (?:den|die) autor(?:in)?|war (?:der|dieser) artikel (?:hilfreich|n[üu]tzlich)"
              + "|m[öo]chten sie (?:den|diesen) artikel teilen|gef[äa]llt (?:dir|ihnen) (?:unser .{1,40}|der artikel|dieser artikel)"
              + "|neueste artikel|empfehlungen(?: aus der redaktion)?|lust auf mehr|kommentare|schon gelesen"
              + "|(?:[àa] )?lire aussi|sur le m[êe]me (?:sujet|th[èe]me)|(?:articles|contenus) (?:similaires|associ[ée]s|li[ée]s)"
              + "|vous aimerez aussi|[àa] propos de l'auteur|dans la m[êe]me rubrique|les plus lus|commentaires"
              + "|(?:notas|noticias|art[íi]culos) relacionad[ao]s|te puede interesar|lee tambi[ée]n|m[áa]s noticias|sobre el autor"
              + "|lo m[áa]s le[íi]do|comentarios|(?:مقالات|أخبار|مواضيع) ذات صلة|ذات صلة|[اإأ]قرأ (?:أيضا|أيضاً|ايضا|كذلك)|الأكثر قراءة|التعليقات"
              // a press release's contact block
              + "|(?:presse|medien)?kontakt(?: f[üu]r (?:die )?(?:presse|medien))?|ansprechpartner(?:in|innen)?(?: (?:f[üu]r die )?presse)?"
              + "(?: (?:bei|zum thema) .{1,40}|: zum thema)?|ansprechpartner(?:in|innen)? zum thema|(?:media|press) contacts?|media inquiries"
              + "|contacts? (?:presse|m[ée]dias?)|contacto(?:s)? (?:de prensa|para medios)"
              + ")\\s*[:?!.]?$");

  /**
   * The heading of a comment thread that counts its comments: "27 commentaires" (SPIP's, on
   * Le Monde diplomatique's blogs), "3 Comments", "12 thoughts on “Title”" and the same in the
   * translations of WordPress ("5 réflexions sur « … »", "2 Gedanken zu „…“", "4 comentarios en
   * «…»"), "12 تعليقا", "تعليق واحد". Nothing but a comment thread opens so.
   */
  private static final Pattern COMMENTS_COUNT =
      Pattern.compile(
          "(?iu)^(?:\\d{1,5}|une?|one|ein|uno|una)\\s+(?:comments?|commentaires?|kommentare?|comentarios?|commenti|commento"
              + "|r[ée]actions?|responses?|replies|r[ée]ponses?|antworten|respuestas?|risposte"
              + "|thoughts?|r[ée]flexions?|gedanken(?:gang)?|pensamientos?|pensieri)"
              + "(?:\\s+(?:on|to|sur|[àa]|zu|auf|en|a|sobre|su)\\s+.{1,160})?\\s*[:.]?$"
              + "|^(?:\\d{1,5}\\s+(?:تعليقا?ت?|تعليق)|تعليق\\s+واحد|تعليقان)(?:\\s+على\\s+.{1,160})?$");

  /** True when {@code line} heads a comment thread by counting its comments ({@link #COMMENTS_COUNT}). */
  public static boolean isCommentsCount(String line) {
    return line.length() <= 200 && COMMENTS_COUNT.matcher(line).matches();
  }

  /** A bilingual heading's two languages: "Related — 有關", "Lire aussi / اقرأ أيضا". */
  private static final Pattern GLOSS = Pattern.compile("\\s+[—–/|]\\s+");
  /** The most words of a heading's gloss in its other language. */
  private static final int GLOSS_WORDS = 3;

  /**
   * True when {@code line} heads the furniture that follows an article ("Related articles", "Über
   * den Autor"), alone or glossed in another language ("Related — 有關", "Lire aussi / اقرأ أيضا").
   */
  public static boolean isTailHeading(String line) {
    if (line.length() > 80) {
      return false;
    }
    if (TAIL_HEADING.matcher(line).matches()) {
      return true;
    }
    String[] parts = GLOSS.split(line, -1);
    if (parts.length != 2) {
      return false;
    }
    for (int i = 0; i < 2; i++) {
      String gloss = parts[1 - i].strip();
      if (TAIL_HEADING.matcher(parts[i].strip()).matches() && !gloss.isEmpty() && gloss.split("\\s+").length <= GLOSS_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph in which the site, not the story, speaks: its app, its social accounts and
   * channels, its newsletter, a call for support, its reprint notice, its disclaimer. News sites
   * close their articles with such a line ("For the latest stories and breaking news updates
   * download the Nationnews apps for iOS and Android."). Matched from the paragraph's start; the
   * lead-ins before a phrase are bounded, so a long paragraph of prose that quotes one late does
   * not match.
   *
   * <p>Two patterns: the phrases that open the paragraph, and those behind a lead-in of up to 80
   * or 120 characters. A lead-in makes the matcher try each phrase at every character of it, which
   * on every paragraph of a page's tail cost about 8 % of a page's extraction; so the second
   * pattern runs only on a paragraph that holds one of the words every one of its phrases holds
   * ({@link #PROMOTION_LEAD_IN_WORDS}).
   */
  private static final Pattern SITE_PROMOTION_OPENING =
      Pattern.compile(
          "(?iu)^(?:"
              // its accounts
              + "follow (?:us|[^.]{1,40}?) on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp|threads|bluesky)\\b"
              + "|s[íi]g(?:uenos|anos) en (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp)\\b"
              + "|suivez(?:-nous)? [^.]{0,40}sur (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp)\\b"
              + "|folgen sie (?:uns|[^.]{1,40}?) (?:auf|bei) (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp)\\b"
              // its newsletter
              + "|stay up[- ]to[- ]date (?:on|with) (?:our|the latest)\\b|never miss (?:the latest|a story|an update)\\b"
              // a call for support
              + "|(?:while you(?:'re|’re| are) here|if you (?:enjoyed|liked|value)) [^.]{0,60}\\b(?:support|donat)"
              + "|while you(?:'re|’re| are) here\\W*$"
              + "|unterst[üu]tzen? (?:sie )?(?:uns|unsere arbeit|\\p{L}+ (?:mit|bereits mit))\\b|gef[äa]llt (?:dir|ihnen) unser \\p{L}+\\?"
              + "|apoya (?:nuestro|el) periodismo\\b|soutenez(?:-nous| notre (?:travail|journalisme))\\b"
              + ")");

  /** The phrases of {@link #SITE_PROMOTION_OPENING}'s kind that may come after a lead-in. */
  private static final Pattern SITE_PROMOTION_LEAD_IN =
      Pattern.compile(
          "(?iu)^(?:"
              // its app
              + ".{0,80}\\b(?:download|get) (?:the|our) [^.]{0,40}\\bapps? (?:for|on) (?:ios|android|iphone)"
              + "|.{0,80}\\bdescarg(?:a|ue) (?:nuestra|la) app\\b|.{0,80}\\bt[ée]l[ée]charge[zr] (?:notre |l')appli"
              + "|.{0,80}\\bladen sie (?:sich )?(?:unsere|die) [^.]{0,30}app\\b"
              + "|.{0,80}\\bstraight to your (?:phone|device) with (?:the|our) [^.]{0,40}\\bapp\\b"
              // its channels
              + "|.{0,80}\\b(?:nuestro|tenemos|our|notre|unseren?) (?:canal|channel|cha[îi]ne|kanal) (?:de |on |sur |auf |bei )?"
              + "(?:telegram|whatsapp|youtube)\\b"
              + "|.{0,80}\\b(?:join|follow|únete a|rejoignez) (?:our|the|nuestro|notre) (?:telegram|whatsapp|youtube) (?:channel|group|canal)"
              // its newsletter
              + "|.{0,80}\\bsign(?:ing)? up (?:to|for) (?:our|the|my) (?:free |daily |weekly |email )*(?:newsletters?|e-?mails?|updates)\\b"
              + "|.{0,120}\\bsign up here\\b"
              // a call for support
              + "|.{0,120}\\b(?:would you|please) consider supporting (?:our|us|the)\\b|.{0,60}\\bsupport (?:our|independent|local) journalism\\b"
              // its reprint notice and its disclaimer
              + "|.{0,120}\\bis the copyrighted property of\\b|.{0,120}\\bwritten permission must be obtained\\b"
              + "|.{0,80}\\bis not responsible for the (?:opinions|views|statements|content)\\b"
              + ")");

  /**
   * Words of which every phrase of {@link #SITE_PROMOTION_LEAD_IN} holds one, in its order: the
   * app's platform, "descarga", "téléchargez", "laden Sie", "straight to your"; the channel's
   * service; "sign up"; "consider supporting", "journalism"; the reprint notice's and the
   * disclaimer's words. A paragraph with none of them (lowercased) cannot match it.
   */
  static final PatternWords PROMOTION_LEAD_IN_WORDS =
      PatternWords.anyOf("ios", "android", "iphone", "descarg", "lécharge", "lecharge", "laden sie", "straight to your",
          "telegram", "whatsapp", "youtube", "sign up", "signing up", "consider supporting", "journalism",
          "copyrighted property", "written permission", "not responsible for the");

  /** {@link #SITE_PROMOTION_OPENING} for text lowercased by {@link LowerCase#chars}. */
  private static final Pattern SITE_PROMOTION_OPENING_LOWER = LowerCase.pattern(SITE_PROMOTION_OPENING);

  /** {@link #SITE_PROMOTION_LEAD_IN} for text lowercased by {@link LowerCase#chars}. */
  private static final Pattern SITE_PROMOTION_LEAD_IN_LOWER = LowerCase.pattern(SITE_PROMOTION_LEAD_IN);

  /** The longest paragraph {@link #isSitePromotion} considers. */
  static final int MAX_PROMOTION = 400;

  /**
   * True when {@code paragraph} is the site speaking for itself ({@link #SITE_PROMOTION_OPENING}, {@link
   * #SITE_PROMOTION_LEAD_IN}).
   */
  public static boolean isSitePromotion(String paragraph) {
    if (paragraph.length() > MAX_PROMOTION) {
      return false;
    }
    String lower = LowerCase.chars(paragraph);
    if (SITE_PROMOTION_OPENING_LOWER.matcher(lower).lookingAt()) {
      return true;
    }
    return PROMOTION_LEAD_IN_WORDS.anyIn(lower) && SITE_PROMOTION_LEAD_IN_LOWER.matcher(lower).lookingAt();
  }

  /**
   * The notice that takes a paywalled article's place: nothing after it is the story ("To view
   * the full story, please subscribe to The Haitian Times.").
   */
  private static final Pattern PAYWALL_NOTICE =
      Pattern.compile(
          "(?iu)^(?:to (?:view|read|continue reading|keep reading) (?:the full|the rest of|this|more)[^.]{0,40}(?:subscribe|log ?in|sign in)"
              + "|subscribe (?:now |today )?to (?:continue|keep) reading"
              + "|this (?:story|article|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:paying )?(?:subscribers|members)"
              + "|pour (?:lire|continuer|poursuivre)[^.]{0,40}(?:abonn(?:ez|ement)|vous abonner|(?:[êe]tes|[êe]tre) abonn)|cet article est r[ée]serv[ée] aux abonn"
              + "|para (?:seguir|continuar) leyendo[^.]{0,40}suscr|este contenido es exclusivo para (?:suscriptores|socios)"
              + "|dieser (?:artikel|beitrag|inhalt) ist (?:nur )?f[üu]r abonnenten|(?:um )?(?:den (?:ganzen )?artikel )?weiterzulesen[^.]{0,40}abo)");

  /** {@link #PAYWALL_NOTICE} for text lowercased by {@link LowerCase#chars}. */
  private static final Pattern PAYWALL_NOTICE_LOWER = LowerCase.pattern(PAYWALL_NOTICE);

  /** True when {@code paragraph} opens a paywall's notice ({@link #PAYWALL_NOTICE}). */
  public static boolean isPaywallNotice(String paragraph) {
    return paragraph.length() <= MAX_PROMOTION && PAYWALL_NOTICE_LOWER.matcher(LowerCase.chars(paragraph)).lookingAt();
  }

  /** Cookie and consent notices, which run longer than a furniture line. */
  private static final Pattern CONSENT_NOTICE =
      Pattern.compile(
          "(?iu)^.{0,60}(?:(?:this|our) (?:web)?site uses cookies|we use cookies|by (?:continuing|using) (?:to use )?(?:this|our) "
              + "(?:web)?site|nous utilisons des cookies|ce site utilise des cookies|en poursuivant votre navigation"
              + "|wir verwenden cookies|diese (?:web)?seite verwendet cookies|diese website (?:verwendet|nutzt) cookies"
              + "|utilizamos cookies|este sitio (?:web )?utiliza cookies|usamos cookies|يستخدم هذا الموقع ملفات تعريف الارتباط"
              // the IAB consent framework's notice: "We and our partners store and/or access information on a device, such as cookies"
              + "|we and our (?:\\d+ )?(?:partners|vendors) (?:store|use|process)[^.]{0,120}(?:cookie|device|personal data)"
              + "|nous et nos (?:\\d+ )?partenaires (?:stockons|utilisons|traitons)[^.]{0,120}(?:cookie|appareil|données personnelles)"
              + "|wir und unsere (?:\\d+ )?partner (?:speichern|verwenden|nutzen|verarbeiten)[^.]{0,120}(?:cookie|gerät|personenbezogene daten)"
              + "|nosotros y nuestros (?:\\d+ )?(?:socios|proveedores) (?:almacenamos|utilizamos|tratamos)[^.]{0,120}"
              + "(?:cookie|dispositivo|datos personales))");

  /**
   * {@link #FURNITURE_LINE} for text lowercased by {@link LowerCase#chars}, with or without {@link
   * #PHOTO_AGENCY_LINE} and {@link #JAVASCRIPT_ANYWHERE_LINE}: a line that names no agency, or holds
   * no "javascript", takes the pattern without those alternatives, which cannot match it and so
   * change no line's answer. Indexed by {@link #furnitureLinePattern}.
   */
  private static final Pattern[] FURNITURE_LINE_LOWER = {
    LowerCase.pattern(withoutAlternative(withoutAlternative(FURNITURE_LINE, PHOTO_AGENCY_LINE), JAVASCRIPT_ANYWHERE_LINE)),
    LowerCase.pattern(withoutAlternative(FURNITURE_LINE, JAVASCRIPT_ANYWHERE_LINE)),
    LowerCase.pattern(withoutAlternative(FURNITURE_LINE, PHOTO_AGENCY_LINE)),
    LowerCase.pattern(FURNITURE_LINE),
  };

  /** {@link #CONSENT_NOTICE} for text lowercased by {@link LowerCase#chars}. */
  private static final Pattern CONSENT_NOTICE_LOWER = LowerCase.pattern(CONSENT_NOTICE);

  /** The longest cookie or consent notice; longer text is prose about cookies. */
  static final int MAX_NOTICE = 600;

  /** True when {@code text} is a cookie or consent notice ("This website uses cookies…"). */
  public static boolean isConsentNotice(String text) {
    if (text.length() > MAX_NOTICE) {
      return false;
    }
    String lower = LowerCase.chars(text);
    return mayBeConsentNotice(lower) && CONSENT_NOTICE_LOWER.matcher(lower).find();
  }

  /**
   * A cheap necessary condition of {@link #CONSENT_NOTICE} on lowercased text: each of its
   * phrases holds one of these words. Paragraphs that hold none skip the pattern.
   */
  static boolean mayBeConsentNotice(String lower) {
    return lower.contains("cookie") || lower.contains("site") || lower.contains("navigation") || lower.contains("الارتباط")
        || lower.contains("partner") || lower.contains("partenaires") || lower.contains("vendors") || lower.contains("socios")
        || lower.contains("proveedores");
  }

  /** The longest line {@link #isFurnitureLine} considers; longer text is prose. */
  static final int MAX_FURNITURE_LINE = 160;

  private Boilerplate() {}

  /** How an element's class, id and role name it. */
  public enum Hint {
    /** Nothing known. */
    NONE,
    /** Named as content (article body, entry content, …). */
    CONTENT,
    /** Named as furniture, but also as content: kept. */
    WEAK_FURNITURE_IN_CONTENT,
    /** Named as furniture that yields to a content name (sidebar, footer, meta, …). */
    WEAK_FURNITURE,
    /** Named as furniture whatever else it says (comments, share bar, related, cookie notice, …). */
    STRONG_FURNITURE
  }

  /**
   * Hints remembered by class-and-id string for one page, whose blocks repeat the same names: a
   * page's few hundred distinct names are judged once each. Not thread-safe.
   */
  public static final class Hints {
    private final java.util.HashMap<String, Hint> byNames = new java.util.HashMap<>();

    /** The hint of {@code e}, as {@link Boilerplate#hint(Element)}. */
    public Hint of(Element e) {
      String role = e.attr("role");
      if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
        return Hint.STRONG_FURNITURE;
      }
      String cls = e.className();
      String id = hintingId(e);
      if (cls.isEmpty() && id.isEmpty()) {
        return Hint.NONE;
      }
      String names = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
      Hint h = byNames.get(names);
      if (h == null) {
        h = hint(names);
        byNames.put(names, h);
      }
      return h;
    }
  }

  /** The hint of {@code e}'s class, id and role attributes. */
  public static Hint hint(Element e) {
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return Hint.STRONG_FURNITURE;
    }
    String cls = e.className();
    String id = hintingId(e);
    if (cls.isEmpty() && id.isEmpty()) {
      return Hint.NONE;
    }
    return hint(cls + " " + id);
  }

  /** The id of {@code e} as a hint reads it: none for a section a table of contents links to ({@link #TOC_TARGET}). */
  private static String hintingId(Element e) {
    String id = e.id();
    return id.length() > 4 && TOC_TARGET.matcher(id).matches() ? "" : id;
  }

  /**
   * The id of a section that a table of contents links to: "toc" and the slug of its heading, two
   * words or more ({@code toc_how-they-work}, {@code toc-what-is-an-index-fund}).
   */
  private static final Pattern TOC_TARGET = Pattern.compile("(?i)toc[-_][\\p{Alnum}]+(?:[-_][\\p{Alnum}]+)+");

  /**
   * The hint of a class-and-id string. Each name is judged on its own, furniture words first
   * ({@code post-meta} is furniture, {@code entry-content} content); state modifiers such as {@code
   * comments-open} or {@code has-sidebar} say nothing. The element is furniture when a name says so
   * and no other name says content.
   */
  static Hint hint(String names) {
    boolean strong = false;
    boolean weak = false;
    boolean content = false;
    for (String name : WHITESPACE.split(names)) {
      if (name.isEmpty() || isModifier(name)) {
        continue;
      }
      switch (nameHint(name)) {
        case STRONG_FURNITURE -> strong = true;
        case WEAK_FURNITURE -> weak = true;
        case CONTENT -> content = true;
        default -> {}
      }
    }
    if (content) {
      return strong || weak ? Hint.WEAK_FURNITURE_IN_CONTENT : Hint.CONTENT;
    }
    return strong ? Hint.STRONG_FURNITURE : weak ? Hint.WEAK_FURNITURE : Hint.NONE;
  }

  /**
   * Hints of single class names across pages: frameworks and sites repeat their names, so most
   * lookups hit. Bounded; cleared when full. Safe across threads.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Hint> NAME_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int NAME_CACHE_SIZE = 50_000;

  private static Hint nameHint(String name) {
    Hint cached = NAME_CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    Hint h = judgeName(name);
    if (NAME_CACHE.size() >= NAME_CACHE_SIZE) {
      NAME_CACHE.clear();
    }
    NAME_CACHE.put(name, h);
    return h;
  }

  private static Hint judgeName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (STRONG_TOKENS.contains(lower)) {
      return Hint.STRONG_FURNITURE;
    }
    if (WEAK_TOKENS.contains(lower)) {
      return Hint.WEAK_FURNITURE;
    }
    if (CONTENT_TOKENS.contains(lower)) {
      return Hint.CONTENT;
    }
    boolean weak = false;
    boolean content = false;
    for (String token : tokens(name)) {
      if (STRONG_TOKENS.contains(token)) {
        return Hint.STRONG_FURNITURE;
      } else if (WEAK_TOKENS.contains(token)) {
        weak = true;
      } else if (CONTENT_TOKENS.contains(token)) {
        content = true;
      }
    }
    if (STRONG_COMPOUND.matcher(lower).find()) {
      return Hint.STRONG_FURNITURE;
    }
    if (weak || WEAK_COMPOUND.matcher(lower).find()) {
      return Hint.WEAK_FURNITURE;
    }
    return content ? Hint.CONTENT : Hint.NONE;
  }

  /** A state modifier ({@code has-comments}, {@code comments-open}) rather than a name of what the block is. */
  private static boolean isModifier(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("has-") || n.startsWith("with-") || n.startsWith("no-") || n.startsWith("is-")
        || n.startsWith("tag-") || n.startsWith("category-") || n.startsWith("format-") || n.startsWith("type-")
        || n.endsWith("-open") || n.endsWith("-closed") || n.endsWith("-enabled") || n.endsWith("-disabled")
        || n.endsWith("-active");
  }

  private static final Pattern ARTICLE_BODY_NAME =
      Pattern.compile("(?:post|entry|article|story|news|blog)[-_]*(?:content|body|text)|articlebody");

  /**
   * True when {@code e}'s class, id or itemprop names it as an article's body ({@code
   * entry-content}, {@code post-body}, {@code articleBody}), not just as some content.
   */
  public static boolean namesArticleBody(Element e) {
    String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    return ARTICLE_BODY_NAME.matcher(names).find();
  }

  /** The words of a share bar's name, in the corpus languages. */
  private static final Pattern SHARING_WORD = Pattern.compile("share|sharing|sharer|partage|partager|compartir|teilen");

  /**
   * True when {@code e}'s class and id name it as furniture only by a sharing word ({@code
   * sr-body-share-wrapper}, {@code sharing}): no name says furniture once its sharing word is
   * taken out. A share bar holds buttons, never prose, so such a block that holds prose is the
   * article's wrapper, named for the share buttons it also carries.
   */
  public static boolean namesOnlySharing(Element e) {
    boolean sharing = false;
    for (String name : WHITESPACE.split(e.className() + " " + e.id())) {
      if (name.isEmpty() || isModifier(name) || nameHint(name) != Hint.STRONG_FURNITURE) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      String rest = SHARING_WORD.matcher(lower).replaceAll("-");
      if (rest.equals(lower) || judgeName(rest) == Hint.STRONG_FURNITURE) {
        return false;
      }
      sharing = true;
    }
    return sharing;
  }

  private static final Pattern COMMENTS_NAME =
      Pattern.compile("comment|disqus|respond|reply|replies|kommentar|comentario|commentaire|reaction|forum");

  /** True when {@code e}'s class or id names a comment thread, which is never the article however long. */
  public static boolean namesComments(Element e) {
    return COMMENTS_NAME.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find();
  }

  /** Names of an article's lead (standfirst): the paragraph between the headline and the body. */
  private static final Set<String> LEAD_TOKENS =
      Set.of("lead", "lede", "leader", "intro", "introduction", "teaser", "excerpt", "abstract", "summary", "standfirst",
          "subtitle", "subheadline", "subhead", "deck", "dek", "chapo", "chapeau", "sapo", "perex", "bajada",
          "entradilla", "epigraph", "einleitung", "vorspann", "anriss");

  /** True when {@code e}'s class or id names an article's lead ({@code article-lead}, {@code entry__excerpt}, {@code chapo}). */
  public static boolean namesLead(Element e) {
    String names = e.className() + " " + e.id();
    if (names.length() <= 1) {
      return false;
    }
    for (String token : tokens(names)) {
      if (LEAD_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Lowercase tokens of class and id names, split at non-letters and camelCase humps. */
  static String[] tokens(String names) {
    StringBuilder sb = new StringBuilder(names.length() + 8);
    char prev = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
          sb.append(' ');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(' ');
      }
      prev = c;
    }
    return SPACES.split(sb.toString().trim());
  }

  /** What {@code String.split(" +")} would compile on every call. */
  private static final Pattern SPACES = Pattern.compile(" +");

  /**
   * True when {@code e} is hidden by its markup: {@code hidden}, {@code aria-hidden}, or an inline
   * style; but not an accordion's panel that an inline style closes ({@link #isCollapsedPanel}).
   */
  public static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    if (s.contains("display:none") && isCollapsedPanel(e)) {
      return false; // a reader opens it with a click: its text is the article's
    }
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** How many levels up {@link #isCollapsedPanel} looks for an accordion's name. */
  private static final int PANEL_LEVELS = 3;

  /**
   * True when {@code e} is the panel of an accordion, which its page hides until its heading is
   * clicked (steps of a guide, answers of an FAQ): a region labelled by its heading, as WAI-ARIA's
   * accordion pattern writes it ({@code role="region" aria-labelledby="…"}), or an element within
   * {@link #PANEL_LEVELS} levels of one whose class names an accordion or a collapsible.
   */
  static boolean isCollapsedPanel(Element e) {
    if ("region".equalsIgnoreCase(e.attr("role")) && e.hasAttr("aria-labelledby")) {
      return true;
    }
    int up = 0;
    for (Element a = e.parent(); a != null && up < PANEL_LEVELS; a = a.parent(), up++) {
      String names = a.className().toLowerCase(Locale.ROOT);
      if (names.contains("accordion") || names.contains("collapsible")) {
        return true;
      }
    }
    return false;
  }

  /** True when a short line of text is furniture ("Read more: …", "Partager", "© 2025 …", a cookie notice). */
  public static boolean isFurnitureLine(String line) {
    if (line.length() > MAX_FURNITURE_LINE) {
      return false;
    }
    return isFurnitureLowered(LowerCase.chars(line));
  }

  /**
   * {@code isFurnitureLine(text) || isConsentNotice(text)}, with one lowercase copy of the text for
   * both: every paragraph of a body is asked both.
   */
  public static boolean isFurnitureLineOrConsentNotice(String text) {
    if (text.length() > MAX_FURNITURE_LINE && text.length() > MAX_NOTICE) {
      return false;
    }
    String lower = LowerCase.chars(text);
    return (text.length() <= MAX_FURNITURE_LINE && isFurnitureLowered(lower))
        || (text.length() <= MAX_NOTICE && mayBeConsentNotice(lower) && CONSENT_NOTICE_LOWER.matcher(lower).find());
  }

  /** {@link #isFurnitureLine} of a line of at most {@link #MAX_FURNITURE_LINE} chars, given by {@link LowerCase#chars}. */
  private static boolean isFurnitureLowered(String lower) {
    return furnitureLinePattern(namesPhotoAgency(lower), lower.contains(JAVASCRIPT)).matcher(lower).matches();
  }

  /** The {@link #FURNITURE_LINE_LOWER} pattern with the agency and JavaScript alternatives a line may match. */
  private static Pattern furnitureLinePattern(boolean agency, boolean javascript) {
    return FURNITURE_LINE_LOWER[(agency ? 1 : 0) + (javascript ? 2 : 0)];
  }

  /** True when a lowercased line holds one of the {@link #PHOTO_AGENCIES}. */
  private static boolean namesPhotoAgency(String lower) {
    for (String agency : PHOTO_AGENCIES) {
      if (lower.contains(agency)) {
        return true;
      }
    }
    return false;
  }

  /** {@code pattern} without its alternative {@code "|" + alternative}, which must occur once. */
  static Pattern withoutAlternative(Pattern pattern, String alternative) {
    String source = pattern.pattern();
    String alt = "|" + alternative;
    int at = source.indexOf(alt);
    if (at < 0 || source.indexOf(alt, at + 1) >= 0) {
      throw new IllegalArgumentException("not one alternative of the pattern: " + alternative);
    }
    return Pattern.compile(source.substring(0, at) + source.substring(at + alt.length()), pattern.flags());
  }
}
