/** The pipeline's entry point and options: wires read, extract, dedupe and write. */
package org.newscorpus.pipeline;
