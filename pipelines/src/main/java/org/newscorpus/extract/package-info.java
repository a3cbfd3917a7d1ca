/**
 * Extraction: turns a page into an article (main body, title, authors, date, language, site and
 * publisher). {@link org.newscorpus.extract.ArticleExtractor} and its helpers are plain classes;
 * {@link org.newscorpus.extract.ExtractArticles} is the Beam stage.
 */
package org.newscorpus.extract;
