/** Small helpers shared by the stages: digests for ids and hashes. */
package org.newscorpus.common;
