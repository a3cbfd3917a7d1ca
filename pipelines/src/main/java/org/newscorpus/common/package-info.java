/** Small helpers shared by the stages: digests for ids and hashes, the names of news agencies. */
package org.newscorpus.common;
