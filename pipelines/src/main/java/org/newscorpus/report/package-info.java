/**
 * The run report, {@code report.html}: {@link org.newscorpus.report.ReportData} reads the written
 * dataset back in one bounded pass, {@link org.newscorpus.report.RunReport} renders it as one HTML
 * file with inline SVG charts ({@link org.newscorpus.report.Svg}), every text taken from pages
 * escaped ({@link org.newscorpus.report.Html}).
 */
package org.newscorpus.report;
